import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GridMember, GridRole } from '../src/modules/cadre/index.js';
import { bootPairing, pids, a3, SPECIAL_A3, VILLAGE_A3, type PairingHarness } from './pairing.fixture.js';
import { ids, TOWN_A } from './fixture.js';

let t: PairingHarness;
beforeAll(async () => {
  t = await bootPairing();
  // 3 + 4 + 5 = 12 places for the 20 households of A3
  for (const [id, capacity] of [
    [pids.cadreNorth, 3],
    [pids.cadreSouth, 4],
    [pids.cadreCommittee, 5],
  ] as const) {
    await t.ok('sec_a3', 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id } }', {
      i: { id, version: 1, capacity },
    });
  }
});
afterAll(async () => {
  await t?.h.stop();
});

const SUGGEST =
  'query($v: String!) { suggestPairings(villageCode: $v) { reason sameGrid special cadre { id name capacity } household { id headName grid { id } } } }';
const ACCEPT =
  'mutation($c: ID!, $h: ID!) { acceptPairingSuggestion(cadreId: $c, householdId: $h) { id startedOn cadre { id } household { id } } }';
const REJECT =
  'mutation($c: ID!, $h: ID!) { rejectPairingSuggestion(cadreId: $c, householdId: $h, reason: "不在一个组") }';
const PAIR = 'mutation($c: ID!, $h: ID!) { pairHousehold(input: { cadreId: $c, householdId: $h }) { id } }';
const COUNTS = 'query($r: String) { pairingCoverage(regionCode: $r) { pairedHouseholds unpairedHouseholds } }';

interface Suggestion {
  reason: string;
  sameGrid: boolean;
  special: boolean;
  cadre: { id: string; name: string; capacity: number };
  household: { id: string; headName: string; grid: { id: string } | null };
}
const suggest = async (): Promise<Suggestion[]> =>
  (await t.ok<{ suggestPairings: Suggestion[] }>('sec_a3', SUGGEST, { v: VILLAGE_A3 })).suggestPairings;
const perCadre = (list: Suggestion[]): Map<string, number> =>
  list.reduce((m, s) => m.set(s.cadre.id, (m.get(s.cadre.id) ?? 0) + 1), new Map<string, number>());
const special = Object.keys(SPECIAL_A3).map((n) => a3(Number(n)));

describe('suggested pairings', () => {
  it('keeps every cadre within capacity, puts special groups first, prefers the same grid, and saves nothing', async () => {
    const list = await suggest();
    expect(list).toHaveLength(12);
    for (const [id, n] of perCadre(list))
      expect(n).toBeLessThanOrEqual(list.find((s) => s.cadre.id === id)!.cadre.capacity);
    expect(
      list
        .slice(0, 3)
        .map((s) => s.household.id)
        .sort(),
    ).toEqual([...special].sort());
    expect(list.slice(0, 3).every((s) => s.special && s.reason.includes('特殊群体优先'))).toBe(true);
    for (const s of list.filter((x) => x.cadre.id === pids.cadreNorth))
      expect(s.household.grid?.id).toBe(pids.gridNorth);
    for (const s of list.filter((x) => x.cadre.id === pids.cadreSouth))
      expect(s.household.grid?.id).toBe(pids.gridSouth);
    expect(list.filter((s) => s.sameGrid).every((s) => s.reason.startsWith('同网格'))).toBe(true);
    expect(list.find((s) => s.household.id === a3(0))?.cadre.id).toBe(pids.cadreNorth);
    expect(await suggest()).toEqual(list);
    expect(
      (await t.ok<{ pairingCoverage: { pairedHouseholds: number } }>('sec_a3', COUNTS)).pairingCoverage
        .pairedHouseholds,
    ).toBe(0);
  });

  it('counts a grid membership (GridMember) as the same grid', async () => {
    const em = t.h.subgraph.orm.em.fork();
    em.create(GridMember, {
      grid: pids.gridSouth,
      cadre: pids.cadreCommittee,
      role: GridRole.MEMBER,
      startedOn: '2026-01-01',
    });
    await em.flush();
    const list = await suggest();
    const committee = list.filter((s) => s.cadre.id === pids.cadreCommittee);
    expect(committee.length).toBeGreaterThan(0);
    expect(committee.every((s) => s.sameGrid && s.household.grid?.id === pids.gridSouth)).toBe(true);
  });

  it('does not propose a rejected pair again', async () => {
    expect(
      (await t.ok<{ rejectPairingSuggestion: boolean }>('sec_a3', REJECT, { c: pids.cadreNorth, h: a3(0) }))
        .rejectPairingSuggestion,
    ).toBe(true);
    expect(
      (await t.ok<{ rejectPairingSuggestion: boolean }>('sec_a3', REJECT, { c: pids.cadreNorth, h: a3(0) }))
        .rejectPairingSuggestion,
    ).toBe(true);
    const list = await suggest();
    expect(list.some((s) => s.cadre.id === pids.cadreNorth && s.household.id === a3(0))).toBe(false);
    const h0 = list.find((s) => s.household.id === a3(0));
    expect(h0?.cadre.id).not.toBe(pids.cadreNorth);
    expect(list.slice(0, 3).map((s) => s.household.id)).toContain(a3(0));
  });

  it('pairs on acceptance, re-checking the household and the capacity', async () => {
    const [first] = await suggest();
    const { acceptPairingSuggestion: p } = await t.ok<{
      acceptPairingSuggestion: { id: string; cadre: { id: string }; household: { id: string } };
    }>('sec_a3', ACCEPT, { c: first!.cadre.id, h: first!.household.id });
    expect(p).toMatchObject({ cadre: { id: first!.cadre.id }, household: { id: first!.household.id } });
    expect(
      (await t.ok<{ pairingCoverage: { pairedHouseholds: number } }>('sec_a3', COUNTS)).pairingCoverage
        .pairedHouseholds,
    ).toBe(1);
    expect((await suggest()).some((s) => s.household.id === first!.household.id)).toBe(false);
    // a stale suggestion for a household that has a cadre now
    const other = first!.cadre.id === pids.cadreSouth ? pids.cadreCommittee : pids.cadreSouth;
    expect((await t.fails('sec_a3', ACCEPT, { c: other, h: first!.household.id })).code).toBe(
      'HOUSEHOLD_ALREADY_PAIRED',
    );
    // fill the north cadre (capacity 3) by hand, then its suggestion can no longer be accepted
    const north = (await suggest()).filter((s) => s.cadre.id === pids.cadreNorth).map((s) => s.household.id);
    const pending = north.pop()!;
    const spare = [a3(6), a3(7), a3(8), a3(9)].filter((h) => h !== pending && !north.includes(h));
    for (const h of [...north, ...spare].slice(0, 3)) await t.ok('sec_a3', PAIR, { c: pids.cadreNorth, h });
    expect(await t.fails('sec_a3', ACCEPT, { c: pids.cadreNorth, h: pending })).toMatchObject({
      code: 'CADRE_FULL',
      field: 'cadreId',
    });
    expect((await suggest()).some((s) => s.cadre.id === pids.cadreNorth)).toBe(false);
  });

  it('proposes a township cadre only in a village where it already takes households', async () => {
    expect((await suggest()).some((s) => s.cadre.id === ids.cadreTown)).toBe(false);
    await t.ok('town_a', PAIR, { c: ids.cadreTown, h: a3(19) });
    expect((await suggest()).some((s) => s.cadre.id === ids.cadreTown && s.reason.includes('乡镇干部'))).toBe(true);
  });

  it('is scoped to one village of the caller', async () => {
    expect((await t.fails('sec_a1', SUGGEST, { v: VILLAGE_A3 })).code).toBe('FORBIDDEN');
    expect(await t.fails('town_a', SUGGEST, { v: TOWN_A })).toMatchObject({
      code: 'PAIRING_VILLAGE_CODE_INVALID',
      field: 'villageCode',
    });
    expect((await t.fails('sec_a1', REJECT, { c: pids.cadreNorth, h: a3(3) })).code).toBe('HOUSEHOLD_NOT_FOUND');
    expect((await t.fails('sec_a1', ACCEPT, { c: pids.cadreNorth, h: a3(3) })).code).toBe('HOUSEHOLD_NOT_FOUND');
    expect((await t.fails('dept', ACCEPT, { c: pids.cadreSouth, h: a3(15) })).code).toBe('FORBIDDEN');
  });
});
