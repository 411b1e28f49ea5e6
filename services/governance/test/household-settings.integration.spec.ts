import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { registerFixture, tokenFor, COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './household-fixture.js';

let h: Harness;
const t: Record<string, string> = {};

const SETTINGS = 'query($c: String!) { settings(divisionCode: $c) { key label value source } }';
const UPDATE =
  'mutation($c: String!, $k: String!, $v: JSON!) { updateSetting(divisionCode: $c, key: $k, value: $v) { key value source } }';
type Setting = { key: string; label: string; value: unknown; source: string | null };

const settings = async (who: string, c: string): Promise<Record<string, Setting>> => {
  const res = await h.gql<{ settings: Setting[] }>(SETTINGS, { c }, t[who]);
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.settings.map((s) => [s.key, s]));
};
const update = (who: string, c: string, k: string, v: unknown): Promise<GqlResult<{ updateSetting: Setting }>> =>
  h.gql(UPDATE, { c, k, v }, t[who]);
const err = (res: GqlResult<unknown>) => res.errors?.[0]?.extensions;

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['sec_a1', 'sec_a2', 'town_a', 'county', 'dept', 'committee_a1', 'cadre_a1'])
    t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('per-jurisdiction settings', () => {
  it("shows the seeds' defaults where nothing is set", async () => {
    const s = await settings('sec_a1', VILLAGE_A1);
    expect(Object.values(s).map(({ key, value, source }) => [key, value, source])).toEqual([
      ['grid.areaCapacity', 100, null],
      ['pairing.capacityMin', 5, null],
      ['pairing.capacityMax', 10, null],
      ['visit.cadreFrequency', 'MONTHLY', null],
      ['visit.liaisonLeaderFrequency', 'QUARTERLY', null],
      ['case.stalledDays', 10, null],
      ['case.objectionDays', 7, null],
    ]);
    expect(s['grid.areaCapacity'].label).toBe('三级网格户数上限');
  });

  it('lets the most specific division win: village over township over county over the default', async () => {
    expect(err(await update('county', COUNTY, 'pairing.capacityMax', 40))).toBeUndefined();
    expect((await update('town_a', TOWN_A, 'pairing.capacityMax', 30)).data!.updateSetting).toEqual({
      key: 'pairing.capacityMax',
      value: 30,
      source: TOWN_A,
    });
    expect((await update('sec_a1', VILLAGE_A1, 'pairing.capacityMax', 12)).data!.updateSetting.source).toBe(VILLAGE_A1);
    expect((await settings('sec_a1', VILLAGE_A1))['pairing.capacityMax']).toMatchObject({
      value: 12,
      source: VILLAGE_A1,
    });
    expect((await settings('sec_a2', VILLAGE_A2))['pairing.capacityMax']).toMatchObject({ value: 30, source: TOWN_A });
    expect((await settings('county', VILLAGE_B1))['pairing.capacityMax']).toMatchObject({ value: 40, source: COUNTY });
    expect((await update('town_a', TOWN_A, 'visit.cadreFrequency', 'QUARTERLY')).data!.updateSetting.value).toBe(
      'QUARTERLY',
    );
    expect((await settings('sec_a1', VILLAGE_A1))['visit.cadreFrequency']).toMatchObject({
      value: 'QUARTERLY',
      source: TOWN_A,
    });
    // seed 002's "at least 30 households per cadre" as one jurisdiction's setting
    expect(err(await update('town_a', TOWN_A, 'pairing.capacityMin', 30))).toBeUndefined();
  });

  it('lets a village read the levels above it, but change only its own, and only as an admin or secretary', async () => {
    expect((await settings('sec_a1', TOWN_A))['pairing.capacityMax'].value).toBe(30);
    expect(err(await h.gql(SETTINGS, { c: VILLAGE_B1 }, t.sec_a1))?.code).toBe('FORBIDDEN');
    expect(err(await update('sec_a1', TOWN_A, 'grid.areaCapacity', 80))?.code).toBe('FORBIDDEN');
    expect(err(await update('sec_a1', VILLAGE_A2, 'grid.areaCapacity', 80))?.code).toBe('FORBIDDEN');
    for (const who of ['committee_a1', 'cadre_a1', 'dept'])
      expect(err(await update(who, VILLAGE_A1, 'grid.areaCapacity', 80))?.code, who).toBe('FORBIDDEN');
    expect((await settings('sec_a1', VILLAGE_A1))['grid.areaCapacity'].value).toBe(100);
  });

  it('names the bad argument', async () => {
    expect(err(await update('sec_a1', VILLAGE_A1, 'grid.size', 80))).toEqual({
      code: 'SETTINGS_KEY_INVALID',
      field: 'key',
    });
    for (const v of [0, 2.5, '80', { n: 80 }, [80]])
      expect(err(await update('sec_a1', VILLAGE_A1, 'grid.areaCapacity', v)), JSON.stringify(v)).toEqual({
        code: 'SETTINGS_VALUE_INVALID',
        field: 'value',
      });
    expect(err(await update('sec_a1', VILLAGE_A1, 'visit.cadreFrequency', 'WEEKLY'))).toEqual({
      code: 'SETTINGS_VALUE_INVALID',
      field: 'value',
    });
    expect(err(await update('county', '4309', 'grid.areaCapacity', 80))).toEqual({
      code: 'SETTINGS_DIVISION_CODE_INVALID',
      field: 'divisionCode',
    });
    expect(err(await h.gql(SETTINGS, { c: '43099900100x' }, t.county))).toEqual({
      code: 'SETTINGS_DIVISION_CODE_INVALID',
      field: 'divisionCode',
    });
    expect(err(await update('county', '430999009009', 'grid.areaCapacity', 80))?.code).toBe('REGION_NOT_FOUND');
  });

  it('keeps the lower bound of households per cadre at or below the upper bound in force', async () => {
    const res = await update('sec_a1', VILLAGE_A1, 'pairing.capacityMin', 13);
    expect(err(res)).toEqual({ code: 'SETTINGS_VALUE_INVALID', field: 'value' });
    expect(res.errors![0].message).toContain('不能大于上限');
    expect(err(await update('sec_a1', VILLAGE_A1, 'pairing.capacityMin', 12))).toBeUndefined();
    expect(err(await update('sec_a1', VILLAGE_A1, 'pairing.capacityMax', 11))).toEqual({
      code: 'SETTINGS_VALUE_INVALID',
      field: 'value',
    });
  });
});
