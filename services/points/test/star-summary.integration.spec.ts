import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { principal, startHarness, type Harness } from './support/harness.js';
import { A, A2, B, COUNTY, T1 } from './support/ranking-fixture.js';

const RATE = `mutation($input: RateBranchInput!) { rateBranch(input: $input) { villageCode period total scoreStars stars previousStars } }`;
const RATINGS = `query($p: String!) { branchStarRatings(period: $p) { villageCode stars } }`;
const SUMMARY = `query($d: String!, $p: String!) { rankingSummary(divisionCode: $d, period: $p, kind: CADRE) {
  publishedMonths missingMonths rows { cadreName total months rank previousRank movement } } }`;

const criteria = (o = 25, m = 20, g = 25, s = 20, e = 10) => [
  { code: 'ORGANISATION', points: o },
  { code: 'MEMBERS', points: m },
  { code: 'GOVERNANCE', points: g },
  { code: 'SERVICE', points: s },
  { code: 'ECONOMY', points: e },
];
const cadres = { x: v7(), y: v7(), z: v7() };

let h: Harness;
const tokens: Record<string, string> = {};
const ask = <T = Record<string, unknown>>(who: string, q: string, variables: Record<string, unknown> = {}) =>
  h.request<T>(q, variables, { token: tokens[who] });
type Rated = { rateBranch: { total: number; scoreStars: number; stars: number; previousStars: number | null } };
const rate = (who: string, villageCode: string, period: string, scores = criteria(), vetoReason?: string) =>
  ask<Rated>(who, RATE, { input: { villageCode, period, scores, vetoReason } });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** A published ranking as the publish leaves it: rows written while a draft, then the status. */
async function published(divisionCode: string, month: string, rows: [string, string, number][]): Promise<void> {
  const conn = h.subgraph.orm.em.getConnection();
  const id = v7();
  await conn.execute(
    `insert into ranking (id, division_code, month, kind, status, computed_at, computed_by) values (?, ?, ?, 'CADRE', 'DRAFT', now(), ?)`,
    [id, divisionCode, month, v7()],
  );
  for (const [cadreId, name, total] of rows)
    await conn.execute(
      `insert into ranking_row (id, ranking_id, cadre_id, cadre_name, division_code, rank, total, entry_count) values (?, ?, ?, ?, ?, 0, ?, 1)`,
      [v7(), id, cadreId, name, divisionCode, total],
    );
  await conn.execute(`update ranking set status = 'PUBLISHED', published_at = now() where id = ?`, [id]);
}

beforeAll(async () => {
  h = await startHarness();
  const who = {
    township: principal(Role.TOWNSHIP_ADMIN, T1),
    secretary: principal(Role.VILLAGE_SECRETARY, A),
    elsewhere: principal(Role.TOWNSHIP_ADMIN, '430999002'),
    county: principal(Role.COUNTY_ADMIN, COUNTY),
    auditor: principal(Role.AUDITOR, COUNTY),
  };
  for (const [k, p] of Object.entries(who)) tokens[k] = await h.token(p);
});

afterAll(() => h?.stop());

describe('党支部星级', () => {
  it('gives the stars of the total on a first rating', async () => {
    const r = await rate('township', A, '2026-Q1', criteria(25, 20, 25, 20, 10));
    expect(r.errors).toBeUndefined();
    expect(r.data!.rateBranch).toMatchObject({ total: 100, scoreStars: 5, stars: 5, previousStars: null });
    expect((await rate('township', A2, '2026-Q1', criteria(15, 12, 15, 12, 5))).data!.rateBranch).toMatchObject({
      total: 59,
      stars: 1,
    });
  });

  it('raises a branch by one star a quarter at most, lets it fall any number, and a veto leaves one star', async () => {
    expect((await rate('township', A2, '2026-Q2', criteria())).data!.rateBranch).toMatchObject({
      scoreStars: 5,
      stars: 2,
      previousStars: 1,
    });
    expect((await rate('township', A, '2026-Q2', criteria(15, 12, 15, 12, 5))).data!.rateBranch).toMatchObject({
      stars: 1,
      previousStars: 5,
    });
    expect(
      (await rate('township', A, '2026-Q3', criteria(), '支部书记受党内严重警告处分')).data!.rateBranch,
    ).toMatchObject({ scoreStars: 5, stars: 1 });
  });

  it('refuses a criterion above its maximum, a bad period, a village elsewhere, and roles without the grant', async () => {
    expect(codeOf(await rate('township', A, '2026-Q1', criteria(26)))).toBe('STAR_RATING_SCORES_INVALID');
    expect(codeOf(await rate('township', A, '2026-Q5'))).toBe('STAR_RATING_PERIOD_INVALID');
    expect(codeOf(await rate('township', A, '2099-Q1'))).toBe('STAR_RATING_PERIOD_INVALID');
    expect(codeOf(await rate('township', T1, '2026-Q1'))).toBe('STAR_RATING_VILLAGE_CODE_INVALID');
    expect(codeOf(await rate('elsewhere', A, '2026-Q1'))).toBe('STAR_RATING_VILLAGE_NOT_FOUND');
    expect(codeOf(await rate('secretary', A, '2026-Q1'))).toBe('FORBIDDEN');
    expect(codeOf(await ask('auditor', RATINGS, { p: '2026-Q1' }))).toBe('FORBIDDEN');
  });

  it('lists each level its own villages’ stars', async () => {
    const villages = async (who: string) =>
      (
        (await ask<{ branchStarRatings: { villageCode: string }[] }>(who, RATINGS, { p: '2026-Q2' })).data
          ?.branchStarRatings ?? []
      ).map((r) => r.villageCode);
    expect(await villages('county')).toEqual([A2, A]);
    expect(await villages('secretary')).toEqual([A]);
    expect(await villages('elsewhere')).toEqual([]);
  });
});

describe('季点评、年考核', () => {
  beforeAll(async () => {
    await published(A, '2025-12', [
      [cadres.x, '甲', 30],
      [cadres.y, '乙', 10],
    ]);
    await published(A, '2026-01', [
      [cadres.x, '甲', 5],
      [cadres.y, '乙', 10],
      [cadres.z, '丙', -4],
    ]);
    await published(A, '2026-02', [
      [cadres.x, '甲', 6],
      [cadres.y, '乙', 8],
    ]);
    // another village's month counts only there
    await published(B, '2026-01', [[cadres.x, '甲', 100]]);
  });

  type Summary = { rankingSummary: { publishedMonths: string[]; missingMonths: string[]; rows: unknown[] } | null };

  it('sums a quarter’s published months with the rank movement against the quarter before', async () => {
    const r = await ask<Summary>('secretary', SUMMARY, { d: A, p: '2026-Q1' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.rankingSummary).toEqual({
      publishedMonths: ['2026-01', '2026-02'],
      missingMonths: ['2026-03'],
      rows: [
        { cadreName: '乙', total: 18, months: 2, rank: 1, previousRank: 2, movement: 1 },
        { cadreName: '甲', total: 11, months: 2, rank: 2, previousRank: 1, movement: -1 },
        { cadreName: '丙', total: -4, months: 1, rank: 3, previousRank: null, movement: null },
      ],
    });
  });

  it('sums a year and refuses a malformed period', async () => {
    const year = (await ask<Summary>('county', SUMMARY, { d: A, p: '2025' })).data!.rankingSummary!;
    expect(year.publishedMonths).toEqual(['2025-12']);
    expect(year.rows).toHaveLength(2);
    expect(codeOf(await ask('county', SUMMARY, { d: A, p: '2026-3' }))).toBe('SUMMARY_PERIOD_INVALID');
  });

  it('answers null outside the jurisdiction and refuses 三员', async () => {
    expect((await ask<Summary>('elsewhere', SUMMARY, { d: A, p: '2026-Q1' })).data!.rankingSummary).toBeNull();
    expect(codeOf(await ask('auditor', SUMMARY, { d: A, p: '2026-Q1' }))).toBe('FORBIDDEN');
  });
});
