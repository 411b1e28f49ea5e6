import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPairing, pids, a3, type PairingHarness } from './pairing.fixture.js';

let t: PairingHarness;
beforeAll(async () => {
  t = await bootPairing();
});
afterAll(async () => {
  await t?.h.stop();
});

const PAIR = 'mutation($c: ID!, $h: ID!) { pairHousehold(input: { cadreId: $c, householdId: $h }) { id } }';
const SWAP =
  'mutation($i: SwapPairingInput!) { swapPairing(input: $i) { id startedOn endedOn cadre { id } household { id } } }';
const HISTORY =
  'query($h: ID!) { pairings(householdId: $h, includeEnded: true, first: 10) { edges { node { cadre { id } endedOn endedReason } } } }';
const UPDATE = 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id version } }';
interface Row {
  cadre: { id: string };
  endedOn: string | null;
  endedReason: string | null;
}
const history = async (h: string): Promise<Row[]> =>
  (await t.ok<{ pairings: { edges: { node: Row }[] } }>('sec_a3', HISTORY, { h })).pairings.edges.map((e) => e.node);
const swap = (fromCadreId: string, toCadreId: string, householdId: string, reason = '党员外出务工') => ({
  i: { householdId, fromCadreId, toCadreId, reason },
});

describe('swapPairing (换人)', () => {
  it('ends the old pairing with the reason and starts the new one in one step', async () => {
    await t.ok('sec_a3', PAIR, { c: pids.cadreNorth, h: a3(2) });
    const { swapPairing } = await t.ok<{ swapPairing: { cadre: { id: string }; endedOn: string | null } }>(
      'sec_a3',
      SWAP,
      swap(pids.cadreNorth, pids.cadreSouth, a3(2)),
    );
    expect(swapPairing).toMatchObject({ cadre: { id: pids.cadreSouth }, endedOn: null });
    const rows = await history(a3(2));
    expect(rows.find((r) => r.cadre.id === pids.cadreNorth)).toMatchObject({ endedReason: '党员外出务工' });
    expect(rows.find((r) => r.cadre.id === pids.cadreNorth)?.endedOn).toBeTruthy();
    expect(rows.filter((r) => r.endedOn === null).map((r) => r.cadre.id)).toEqual([pids.cadreSouth]);
  });

  it('changes nothing when the new cadre is full: CADRE_FULL on toCadreId', async () => {
    await t.ok('sec_a3', PAIR, { c: pids.cadreNorth, h: a3(3) });
    await t.ok('sec_a3', UPDATE, { i: { id: pids.cadreCommittee, version: 1, capacity: 1 } });
    await t.ok('sec_a3', PAIR, { c: pids.cadreCommittee, h: a3(4) });
    expect(await t.fails('sec_a3', SWAP, swap(pids.cadreNorth, pids.cadreCommittee, a3(3)))).toMatchObject({
      code: 'CADRE_FULL',
      field: 'toCadreId',
    });
    expect((await history(a3(3))).map((r) => [r.cadre.id, r.endedOn])).toEqual([[pids.cadreNorth, null]]);
  });

  it('refuses a cadre who does not take the household, the same cadre, an empty reason, and another village', async () => {
    expect(await t.fails('sec_a3', SWAP, swap(pids.cadreSouth, pids.cadreNorth, a3(3)))).toMatchObject({
      code: 'PAIRING_NOT_FOUND',
      field: 'fromCadreId',
    });
    expect(await t.fails('sec_a3', SWAP, swap(pids.cadreNorth, pids.cadreNorth, a3(3)))).toMatchObject({
      code: 'PAIRING_TO_CADRE_ID_INVALID',
      field: 'toCadreId',
    });
    expect(await t.fails('sec_a3', SWAP, swap(pids.cadreNorth, pids.cadreSouth, a3(3), ' '))).toMatchObject({
      code: 'PAIRING_REASON_INVALID',
      field: 'reason',
    });
    expect(await t.fails('sec_a1', SWAP, swap(pids.cadreNorth, pids.cadreSouth, a3(3)))).toMatchObject({
      code: 'PAIRING_NOT_FOUND',
    });
    expect((await history(a3(3))).map((r) => [r.cadre.id, r.endedOn])).toEqual([[pids.cadreNorth, null]]);
  });
});
