import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { pendingSchemaSql } from '@xiangzhi/subgraph-kit';
import { principal, startHarness, type Harness } from './support/harness.js';
import { A, B, COUNTY, T1, addGridPosts } from './support/ranking-fixture.js';

const c = { m1: v7(), m2: v7(), other: v7() };
const SCORE = `mutation($input: ScoreGridAssessmentInput!) {
  scoreGridAssessment(input: $input) { id total grade version cadreName scores { code points } } }`;
const LIST = `query($d: String!, $m: String!) { gridAssessments(divisionCode: $d, month: $m) { cadreName total grade } }`;
const BOARD = `query($d: String!, $m: String!) { rankingBoard(divisionCode: $d, month: $m) {
  month rankings { kind status rows { rank cadreName total } } assessments { cadreName total grade } } }`;
const PDF = `query($d: String!, $m: String!) { rankingBoardPdf(divisionCode: $d, month: $m) { fileName contentType contentBase64 } }`;
const COMPUTE = `mutation($input: ComputeRankingInput!) { computeRanking(input: $input) { id } }`;
const OPEN = `mutation($id: ID!) { openRankingObjections(id: $id) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishRanking(id: $id) { status } }`;

const full = (visits = 28, patrol = 22, reporting = 18, resolution = 24, discipline = 0) => [
  { code: 'VISITS', points: visits },
  { code: 'PATROL', points: patrol },
  { code: 'REPORTING', points: reporting },
  { code: 'RESOLUTION', points: resolution },
  { code: 'DISCIPLINE', points: discipline },
];

let h: Harness;
const tokens: Record<string, string> = {};
const ask = <T = Record<string, unknown>>(who: string, q: string, variables: Record<string, unknown> = {}) =>
  h.request<T>(q, variables, { token: tokens[who] });
const errorOf = (r: { errors?: { extensions?: { code?: string; field?: string } }[] }) => r.errors?.[0]?.extensions;
const score = (who: string, cadreId: string, scores = full(), extra: Record<string, unknown> = {}) =>
  ask<{ scoreGridAssessment: { total: number; grade: string; version: number } }>(who, SCORE, {
    input: { cadreId, divisionCode: A, month: '2026-05', scores, ...extra },
  });

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([
    { id: c.m1, divisionCode: A, name: '网格员甲' },
    { id: c.m2, divisionCode: A, name: '网格员乙' },
    { id: c.other, divisionCode: A, name: '非网格员' },
  ]);
  await addGridPosts(h, [
    { cadreId: c.m1, village: A, role: 'LEADER' },
    { cadreId: c.m2, village: A, role: 'MEMBER' },
  ]);
  const who = {
    township: principal(Role.TOWNSHIP_ADMIN, T1),
    secretary: principal(Role.VILLAGE_SECRETARY, A),
    committee: principal(Role.VILLAGE_COMMITTEE, A),
    cadre: principal(Role.CADRE, A, { cadreId: c.m2 }),
    elsewhere: principal(Role.VILLAGE_SECRETARY, B),
    auditor: principal(Role.AUDITOR, COUNTY),
  };
  for (const [k, p] of Object.entries(who)) tokens[k] = await h.token(p);
});

afterAll(() => h?.stop());

describe('网格员考核评议表', () => {
  it('scores a grid member: the earned items less the deduction, graded', async () => {
    const r = await score('secretary', c.m1, full(28, 22, 18, 24, 0));
    expect(r.errors).toBeUndefined();
    expect(r.data!.scoreGridAssessment).toMatchObject({ total: 92, grade: 'EXCELLENT' });
    const second = await score('secretary', c.m2, full(20, 15, 15, 15, 10));
    expect(second.data!.scoreGridAssessment).toMatchObject({ total: 55, grade: 'FAIL' });
  });

  it('refuses an item above its maximum, a negative, a missing or repeated item', async () => {
    for (const scores of [
      full(31),
      full(28, -1),
      full(28, 22, 18, 24, 21),
      full().slice(0, 4),
      [...full().slice(0, 4), { code: 'VISITS', points: 1 }],
    ])
      expect(errorOf(await score('secretary', c.m1, scores))).toEqual({
        code: 'ASSESSMENT_SCORES_INVALID',
        field: 'scores',
      });
  });

  it('scores only the division’s grid members, by the roles that may score, in their jurisdiction', async () => {
    expect(errorOf(await score('secretary', c.other))?.code).toBe('ASSESSMENT_CADRE_NOT_FOUND');
    expect(errorOf(await score('elsewhere', c.m1))?.code).toBe('ASSESSMENT_CADRE_NOT_FOUND');
    expect(errorOf(await score('committee', c.m1))?.code).toBe('FORBIDDEN');
    expect(errorOf(await score('auditor', c.m1))?.code).toBe('FORBIDDEN');
  });

  it('refuses a stale version when rescoring', async () => {
    const first = (await score('secretary', c.m1, full(28, 22, 18, 24, 0))).data!.scoreGridAssessment;
    expect(errorOf(await score('secretary', c.m1, full(), { version: first.version - 1 }))?.code).toBe(
      'ASSESSMENT_VERSION_CONFLICT',
    );
    const again = await score('secretary', c.m1, full(30, 25, 20, 25, 0), { version: first.version });
    expect(again.data!.scoreGridAssessment).toMatchObject({ total: 100, grade: 'EXCELLENT' });
  });
});

describe('张榜公示', () => {
  it('shows no board before the month is published, and hides the assessments from field roles', async () => {
    expect((await ask('secretary', BOARD, { d: A, m: '2026-05' })).data?.rankingBoard).toBeNull();
    expect((await ask('cadre', LIST, { d: A, m: '2026-05' })).data?.gridAssessments).toEqual([]);
    expect((await ask('secretary', LIST, { d: A, m: '2026-05' })).data?.gridAssessments).toHaveLength(2);
  });

  it('shows the published month’s ranking and assessments, prints them, and freezes the assessments', async () => {
    const id = (
      await ask<{ computeRanking: { id: string } }>('township', COMPUTE, {
        input: { divisionCode: A, month: '2026-05', kind: 'GRID_MEMBER' },
      })
    ).data!.computeRanking.id;
    await ask('township', OPEN, { id });
    await h.subgraph.orm.em
      .getConnection()
      .execute(`update ranking set objection_ends_at = now() - interval '1 minute' where id = ?`, [id]);
    expect(
      (await ask<{ publishRanking: { status: string } }>('township', PUBLISH, { id })).data?.publishRanking,
    ).toEqual({ status: 'PUBLISHED' });
    const board = (
      await ask<{ rankingBoard: { rankings: { kind: string }[]; assessments: { cadreName: string }[] } }>(
        'cadre',
        BOARD,
        { d: A, m: '2026-05' },
      )
    ).data!.rankingBoard;
    expect(board.rankings.map((r) => r.kind)).toEqual(['GRID_MEMBER']);
    expect(board.assessments.map((a) => a.cadreName)).toEqual(['网格员甲', '网格员乙']);
    const pdf = (
      await ask<{ rankingBoardPdf: { fileName: string; contentType: string; contentBase64: string } }>(
        'secretary',
        PDF,
        { d: A, m: '2026-05' },
      )
    ).data!.rankingBoardPdf;
    expect(pdf.fileName).toBe('2026年5月积分考评张榜公示.pdf');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(errorOf(await score('secretary', c.m1))?.code).toBe('ASSESSMENT_MONTH_PUBLISHED');
  });
});

describe('database', () => {
  it('matches the assessment and star rating entities after the migrations', async () => {
    const pending = (await pendingSchemaSql(h.subgraph.orm)).split('\n');
    expect(pending.filter((sql) => /grid_assessment|branch_star_rating/.test(sql))).toEqual([]);
  });
});
