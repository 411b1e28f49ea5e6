import { divisionLevel } from '@xiangzhi/auth';
import { describe, expect, it, vi } from 'vitest';
import {
  DEMO_PASSWORD,
  DEMO_REFERENCE_DATE,
  MAX_HOUSEHOLDS_PER_GRID,
  PAIRING_CAPACITY,
  generateDemoData,
  idCardCheckChar,
} from './index.js';
import type { DemoDataset } from './index.js';

const data: DemoDataset = generateDemoData();
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const villages = data.regions.filter((r) => r.level === 'VILLAGE');
const count = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('generateDemoData', () => {
  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(JSON.stringify(generateDemoData(2026))).toBe(JSON.stringify(data));
    const other = generateDemoData(7);
    expect(other.households[0]!.id).not.toBe(data.households[0]!.id);
    expect(other.regions).toEqual(data.regions);
    expect(data).toMatchObject({ seed: 2026, referenceDate: DEMO_REFERENCE_DATE });
  });

  it('never asks Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    try {
      expect(() => generateDemoData(11)).not.toThrow();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('gives every record a unique UUIDv7', () => {
    const ids = [
      ...data.grids,
      ...data.villagerGroups!,
      ...data.households,
      ...data.households.flatMap((h) => h.residents),
      ...data.cadres,
      ...data.pairings,
      ...data.accounts,
      ...data.meetings,
      ...data.pointEntries,
    ].map((r) => r.id);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one county, 2 townships and 3 villages in each, every code extending its parent', () => {
    expect(data.regions.filter((r) => r.level === 'COUNTY')).toEqual([
      { code: '430999', name: '青山县', level: 'COUNTY', parentCode: null },
    ]);
    const townships = data.regions.filter((r) => r.level === 'TOWNSHIP');
    expect(townships.map((t) => [t.code, t.name])).toEqual([
      ['430999001', '青山镇'],
      ['430999002', '白沙乡'],
    ]);
    expect(villages).toHaveLength(6);
    for (const t of townships) expect(villages.filter((v) => v.parentCode === t.code)).toHaveLength(3);
    for (const r of data.regions) {
      expect(divisionLevel(r.code)).toBe(r.level);
      if (r.parentCode) expect(r.code.startsWith(r.parentCode) && r.code.length === r.parentCode.length + 3).toBe(true);
    }
    for (const c of data.cadres)
      expect(data.regions.some((r) => r.code === c.divisionCode && r.level !== 'COUNTY')).toBe(true);
  });

  it('has 3–6 grids per village, each of at most 100 households and led by a cadre of the village', () => {
    const gridsPerVillage = count(data.grids, (g) => g.villageCode);
    for (const v of villages) expect(gridsPerVillage.get(v.code)).toBeGreaterThanOrEqual(3);
    for (const v of villages) expect(gridsPerVillage.get(v.code)).toBeLessThanOrEqual(6);
    const perGrid = count(data.households, (h) => h.gridId);
    for (const g of data.grids) {
      expect(perGrid.get(g.id)).toBeGreaterThan(0);
      expect(perGrid.get(g.id)).toBeLessThanOrEqual(MAX_HOUSEHOLDS_PER_GRID);
      const leader = data.cadres.find((c) => c.id === g.leaderCadreId);
      expect(leader?.divisionCode).toBe(g.villageCode);
      expect(leader?.gridId).toBe(g.id);
    }
    const gridVillage = new Map(data.grids.map((g) => [g.id, g.villageCode]));
    for (const h of data.households) expect(gridVillage.get(h.gridId)).toBe(h.villageCode);
  });

  it('has at least 1,500 households with a head first and plausible residents', () => {
    expect(data.households.length).toBeGreaterThanOrEqual(1500);
    for (const h of data.households) {
      expect(h.address).toMatch(/^(青山镇|白沙乡)\p{Script=Han}+村[一二三四五六七八九十]+组\d+号$/u);
      expect(h.residents[0]).toMatchObject({ relation: '户主', name: h.headName });
      expect(h.residents.filter((r) => r.relation === '户主')).toHaveLength(1);
      for (const r of h.residents) {
        expect(r.name).toMatch(/^\p{Script=Han}{2,3}$/u);
        expect(['MALE', 'FEMALE']).toContain(r.sex);
        expect(r.birthDate).toMatch(/^(19[0-9]{2}|20[0-2][0-9])-\d{2}-\d{2}$/);
        expect(r.birthDate <= DEMO_REFERENCE_DATE).toBe(true);
      }
    }
    const relations = new Set(data.households.flatMap((h) => h.residents.map((r) => r.relation)));
    for (const relation of ['户主', '配偶', '子女', '儿媳', '孙子女', '父母']) expect(relations).toContain(relation);
    expect(new Set(data.households.map((h) => h.address)).size).toBe(data.households.length);
  });

  it('has 100 cadres of every kind', () => {
    expect(data.cadres).toHaveLength(100);
    const kinds = count(data.cadres, (c) => c.kind);
    for (const kind of Object.keys(PAIRING_CAPACITY)) expect(kinds.get(kind)).toBeGreaterThan(0);
    expect(data.cadres.filter((c) => c.post === '村党支部书记')).toHaveLength(6);
  });

  it('respects pairing capacity, pairs a household at most once, most but not all of them', () => {
    const perCadre = count(data.pairings, (p) => p.cadreId);
    for (const c of data.cadres) {
      const { min, max } = PAIRING_CAPACITY[c.kind];
      expect(perCadre.get(c.id) ?? 0, `${c.name} ${c.post}`).toBeGreaterThanOrEqual(min);
      expect(perCadre.get(c.id) ?? 0, `${c.name} ${c.post}`).toBeLessThanOrEqual(max);
    }
    const paired = new Set(data.pairings.map((p) => p.householdId));
    expect(paired.size).toBe(data.pairings.length);
    expect(paired.size / data.households.length).toBeGreaterThan(0.6);
    expect(paired.size).toBeLessThan(data.households.length);
    const household = new Map(data.households.map((h) => [h.id, h]));
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    for (const p of data.pairings)
      expect(household.get(p.householdId)!.villageCode.startsWith(cadre.get(p.cadreId)!.divisionCode)).toBe(true);
  });

  it('holds a 党群说事会 in every village every month of the last 6 months, chaired by its secretary', () => {
    const since = new Date(`${DEMO_REFERENCE_DATE}T00:00:00Z`).getTime() - 184 * 86_400_000;
    for (const v of villages) {
      const forums = data.meetings.filter((m) => m.villageCode === v.code && m.kind === 'VILLAGERS_FORUM');
      expect(new Set(forums.map((m) => m.date.slice(0, 7))).size).toBe(6);
      expect(data.meetings.some((m) => m.villageCode === v.code && m.kind === 'WEEKLY_BRIEFING')).toBe(true);
      expect(data.meetings.some((m) => m.villageCode === v.code && m.kind === 'COMMITTEE')).toBe(true);
    }
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    for (const m of data.meetings) {
      expect(Date.parse(m.date)).toBeGreaterThanOrEqual(since);
      expect(m.date.slice(0, 10) <= DEMO_REFERENCE_DATE).toBe(true);
      expect(cadre.get(m.chairCadreId)?.divisionCode).toBe(m.villageCode);
      expect(m.title.length).toBeGreaterThan(4);
      expect(m.minutes.length).toBeGreaterThan(20);
    }
  });

  it('gives every cadre several point entries of 1–10 points in their own division', () => {
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    const perCadre = count(data.pointEntries, (e) => e.cadreId);
    for (const c of data.cadres) expect(perCadre.get(c.id)).toBeGreaterThanOrEqual(3);
    for (const e of data.pointEntries) {
      expect(e.points).toBeGreaterThanOrEqual(1);
      expect(e.points).toBeLessThanOrEqual(10);
      expect(e.divisionCode).toBe(cadre.get(e.cadreId)?.divisionCode);
      expect(Number.isNaN(Date.parse(e.occurredAt))).toBe(false);
    }
  });

  it('has the demo accounts of the API contract', () => {
    expect(data.accounts.map((a) => a.username)).toEqual([
      'county_admin',
      'dept_1',
      'township_admin_1',
      'township_admin_2',
      'leader_1',
      'secretary_1',
      'secretary_2',
      'secretary_3',
      'secretary_4',
      'secretary_5',
      'secretary_6',
      'committee_1',
      'grid_leader_1',
      'cadre_1',
      'sysadmin',
      'secadmin',
      'auditor',
    ]);
    const byName = new Map(data.accounts.map((a) => [a.username, a]));
    for (const a of data.accounts) expect(a.password).toBe(DEMO_PASSWORD);
    expect(byName.get('county_admin')).toMatchObject({ roles: ['COUNTY_ADMIN'], divisionCode: '430999' });
    expect(byName.get('township_admin_2')).toMatchObject({ roles: ['TOWNSHIP_ADMIN'], divisionCode: '430999002' });
    villages.forEach((v, i) => {
      const a = byName.get(`secretary_${i + 1}`)!;
      expect(a).toMatchObject({ roles: ['VILLAGE_SECRETARY'], divisionCode: v.code });
      expect(data.cadres.find((c) => c.id === a.cadreId)?.post).toBe('村党支部书记');
    });
    expect(villages.slice(0, 3).every((v) => v.parentCode === '430999001')).toBe(true);
    for (const username of ['leader_1', 'committee_1', 'grid_leader_1', 'cadre_1']) {
      const a = byName.get(username)!;
      const c = data.cadres.find((x) => x.id === a.cadreId);
      expect(c, username).toBeDefined();
      expect(c!.divisionCode.startsWith(a.divisionCode) || a.divisionCode.startsWith(c!.divisionCode)).toBe(true);
    }
    const gridLeader = byName.get('grid_leader_1')!;
    expect(data.grids.find((g) => g.id === gridLeader.gridIds[0])?.leaderCadreId).toBe(gridLeader.cadreId);
    expect(byName.get('cadre_1')!.gridIds).toHaveLength(1);
  });
});

describe('the register details (人员信息分布台账)', () => {
  const residents = data.households.flatMap((h) => h.residents);
  const ageOn = (birthDate: string): number =>
    Number(DEMO_REFERENCE_DATE.slice(0, 4)) -
    Number(birthDate.slice(0, 4)) -
    (DEMO_REFERENCE_DATE.slice(5) < birthDate.slice(5) ? 1 : 0);

  it('gives every resident a unique, valid GB 11643 number matching the birth date and sex', () => {
    for (const r of residents) {
      const id = r.idCardNo!;
      expect(id, r.name).toMatch(/^43\d{15}[\dX]$/);
      expect(id.slice(17)).toBe(idCardCheckChar(id.slice(0, 17)));
      expect(id.slice(6, 14)).toBe(r.birthDate.replaceAll('-', ''));
      expect(Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE').toBe(r.sex);
    }
    expect(new Set(residents.map((r) => r.idCardNo)).size).toBe(residents.length);
    // most were born in the county; some daughters-in-law married in from neighbouring counties
    expect(residents.filter((r) => r.idCardNo!.startsWith('430999')).length / residents.length).toBeGreaterThan(0.85);
  });

  it('gives nearly every head and about half of the adults a unique mobile, no child one', () => {
    const heads = data.households.map((h) => h.residents[0]!);
    expect(heads.filter((r) => r.phone).length / heads.length).toBeGreaterThan(0.85);
    const phones = residents.filter((r) => r.phone).map((r) => r.phone!);
    for (const p of phones) expect(p).toMatch(/^1[3-9]\d{9}$/);
    expect(new Set(phones).size).toBe(phones.length);
    expect(residents.some((r) => r.phone && ageOn(r.birthDate) < 16)).toBe(false);
    const members = residents.filter(
      (r) => r.relation !== '户主' && ageOn(r.birthDate) >= 18 && ageOn(r.birthDate) <= 60,
    );
    const share = members.filter((r) => r.phone).length / members.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.8);
  });

  it('puts every household in the 村民小组 of its address, named 一组, 二组 …', () => {
    const groups = new Map(data.villagerGroups!.map((g) => [g.id, g]));
    for (const h of data.households) {
      const g = groups.get(h.groupId!)!;
      expect(g.villageCode).toBe(h.villageCode);
      expect(h.address).toContain(`村${g.name}`);
    }
    for (const v of villages) {
      const names = data.villagerGroups!.filter((g) => g.villageCode === v.code).map((g) => g.name);
      expect(names.slice(0, 6)).toEqual(['一组', '二组', '三组', '四组', '五组', '六组']);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('tags special groups at realistic rates, consistently with who lives there', () => {
    const share = (tag: string): number =>
      data.households.filter((h) => h.tags!.some((t) => t.tag === tag)).length / data.households.length;
    expect(share('DIBAO')).toBeGreaterThan(0.02);
    expect(share('DIBAO')).toBeLessThan(0.12);
    expect(share('WUBAO')).toBeGreaterThan(0);
    expect(share('WUBAO')).toBeLessThan(0.03);
    for (const tag of [
      'SERIOUS_ILLNESS_DISABILITY',
      'EMPTY_NEST_ELDERLY',
      'LEFT_BEHIND_CHILD',
      'LEFT_BEHIND_WOMAN',
      'LEFT_BEHIND_ELDERLY',
      'LIFTED_FROM_POVERTY',
      'MONITORED',
    ]) {
      expect(share(tag), tag).toBeGreaterThan(0.005);
      expect(share(tag), tag).toBeLessThan(0.15);
    }
    for (const h of data.households) {
      const tags = h.tags!.map((t) => t.tag);
      expect(new Set(tags).size).toBe(tags.length);
      for (const t of h.tags!) expect(t.setOn <= DEMO_REFERENCE_DATE).toBe(true);
      if (tags.includes('EMPTY_NEST_ELDERLY')) expect(h.residents.every((r) => ageOn(r.birthDate) >= 60)).toBe(true);
      if (tags.includes('LEFT_BEHIND_CHILD')) expect(h.residents.some((r) => ageOn(r.birthDate) < 16)).toBe(true);
      if (tags.includes('DIBAO') || tags.includes('WUBAO')) expect(h.incomeBand).toBe('BELOW_10K');
      expect(tags.includes('DIBAO') && tags.includes('WUBAO')).toBe(false);
      expect(h.residents.some((r) => r.health)).toBe(tags.includes('SERIOUS_ILLNESS_DISABILITY'));
    }
  });

  it('records income band, production and living situation for every household, difficulties for some', () => {
    for (const h of data.households) {
      expect(['BELOW_10K', 'FROM_10K_TO_30K', 'FROM_30K_TO_60K', 'FROM_60K_TO_100K', 'ABOVE_100K']).toContain(
        h.incomeBand,
      );
      expect(h.productionSituation!.length).toBeGreaterThan(2);
      expect(h.livingSituation!.length).toBeGreaterThan(2);
    }
    const withDifficulties = data.households.filter((h) => h.difficulties).length / data.households.length;
    expect(withDifficulties).toBeGreaterThan(0.2);
    expect(withDifficulties).toBeLessThan(0.8);
    for (const r of residents) expect(r.occupation).toBeTruthy();
    expect(residents.filter((r) => ageOn(r.birthDate) < 6).every((r) => r.occupation === '学龄前')).toBe(true);
  });
});
