import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdTag, HouseholdTagKind } from '../src/modules/household/index.js';
import { bootPairing, pids, a3, VILLAGE_A3, type PairingHarness } from './pairing.fixture.js';

// Village A3: 20 unpaired households; 低保 a3(0), 空巢 a3(5), 五保 a3(12) from the fixture, plus the tags below.
let t: PairingHarness;
beforeAll(async () => {
  t = await bootPairing();
  const em = t.h.subgraph.orm.em.fork();
  em.create(HouseholdTag, { household: a3(15), tag: HouseholdTagKind.SERIOUS_ILLNESS_DISABILITY, setBy: 'sec_a3' });
  em.create(HouseholdTag, { household: a3(1), tag: HouseholdTagKind.LEFT_BEHIND_CHILD, setBy: 'sec_a3' });
  await em.flush();
});
afterAll(async () => {
  await t?.h.stop();
});

const SUGGEST =
  'query($v: String!) { suggestPairings(villageCode: $v) { reason special cadre { id } household { id } } }';
const UPDATE = 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id version } }';
const REJECT = 'mutation($c: ID!, $h: ID!) { rejectPairingSuggestion(cadreId: $c, householdId: $h) }';
interface Suggestion {
  reason: string;
  special: boolean;
  cadre: { id: string };
  household: { id: string };
}
const suggest = async (): Promise<Suggestion[]> =>
  (await t.ok<{ suggestPairings: Suggestion[] }>('sec_a3', SUGGEST, { v: VILLAGE_A3 })).suggestPairings;
const versions: Record<string, number> = {};
const capacity = async (id: string, value: number): Promise<void> => {
  const res = await t.ok<{ updateCadre: { version: number } }>('sec_a3', UPDATE, {
    i: { id, version: versions[id] ?? 1, capacity: value },
  });
  versions[id] = res.updateCadre.version;
};

describe('suggested pairings: who comes first, and that everyone is covered', () => {
  it('lists 低保五保, then 重病重残, then 空巢, then other special groups, before everyone else', async () => {
    await capacity(pids.cadreNorth, 2);
    await capacity(pids.cadreSouth, 2);
    await capacity(pids.cadreCommittee, 1);
    const list = await suggest();
    expect(list.map((s) => s.household.id)).toEqual([a3(0), a3(12), a3(15), a3(5), a3(1)]);
    expect(list.map((s) => s.reason.match(/特殊群体优先（?([^；）]*)/)?.[1] ?? '')).toEqual([
      '低保五保',
      '低保五保',
      '重病重残',
      '空巢老人',
      '',
    ]);
  });

  it('suggests a cadre for every unpaired household when the places allow it, rejections included', async () => {
    await capacity(pids.cadreNorth, 8);
    await capacity(pids.cadreSouth, 8);
    await capacity(pids.cadreCommittee, 4);
    // the committee member may not take the north households 0–3: the others must make room for them
    for (const n of [10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
      await t.ok('sec_a3', REJECT, { c: pids.cadreNorth, h: a3(n) });
    for (const n of [0, 1, 2, 3]) await t.ok('sec_a3', REJECT, { c: pids.cadreCommittee, h: a3(n) });
    const list = await suggest();
    expect(new Set(list.map((s) => s.household.id)).size).toBe(20);
    const per = (id: string) => list.filter((s) => s.cadre.id === id).length;
    expect(per(pids.cadreNorth)).toBeLessThanOrEqual(8);
    expect(per(pids.cadreSouth)).toBeLessThanOrEqual(8);
    expect(per(pids.cadreCommittee)).toBeLessThanOrEqual(4);
  });
});
