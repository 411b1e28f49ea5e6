import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { CaseLevel, CaseStatus } from '../src/modules/case/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, ids, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';
import { insertCases } from './case-figures.fixture.js';

// The two meeting lists against hand-placed cases, relative to now (the lists look back one week).
const DAY = 24 * 3600_000;
const ago = (days: number): Date => new Date(Date.now() - days * DAY);
let h: Harness;
let t: Record<Person, string>;

const LIST = `{ title divisionName totalCount items { reasons case { title level status } } }`;
const BRIEFING = `query($v: String!) { villageBriefing(villageCode: $v) ${LIST} }`;
const REVIEW = `query($t: String!) { townshipReview(townshipCode: $t) ${LIST} }`;
type List = {
  title: string;
  divisionName: string;
  totalCount: number;
  items: { reasons: string[]; case: { title: string } }[];
};
const rows = (l: List) => l.items.map((i) => [i.case.title, i.reasons.join(',')]);

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const em = h.subgraph.orm.em.fork();
  const [A1, A2, B1] = [VILLAGE_A1, VILLAGE_A2, VILLAGE_B1];
  const { IN_PROGRESS, RETURNED, REPORTED, CLOSED } = CaseStatus;
  insertCases(em, [
    { title: 'L1 新登记', village: A1, grid: ids.gridA1, raisedAt: ago(2), status: REPORTED },
    { title: 'L2 超期', village: A1, raisedAt: ago(30), status: IN_PROGRESS, dueAt: ago(1) },
    { title: 'L3 按期办理中', village: A1, grid: ids.gridA1, raisedAt: ago(30), status: IN_PROGRESS, dueAt: ago(-5) },
    { title: 'L4 乡镇退回', village: A1, raisedAt: ago(20), status: RETURNED, returnCount: 1, escalationCount: 1 },
    { title: 'L5 在乡镇', village: A1, raisedAt: ago(1), level: CaseLevel.TOWNSHIP, status: IN_PROGRESS },
    { title: 'L6 已销号', village: A1, raisedAt: ago(1), closedAt: ago(0.5), status: CLOSED },
    {
      title: 'L7 推拖绕',
      village: A2,
      raisedAt: ago(40),
      status: IN_PROGRESS,
      dueAt: ago(-3),
      escalationCount: 1,
      returnCount: 1,
    },
    { title: 'L8 外乡红色', village: B1, raisedAt: ago(40), status: IN_PROGRESS, alert: 'RED' },
  ]);
  await em.flush();
});
afterAll(async () => {
  await h?.stop();
});

describe('villageBriefing (民情碰头会)', () => {
  it('lists the open grid and village cases that are new, overdue or returned, overdue first', async () => {
    const l = ok(await h.gql<{ villageBriefing: List }>(BRIEFING, { v: VILLAGE_A1 }, t.secA1)).villageBriefing;
    expect(l.title).toBe('石门村民情碰头会待议事项');
    expect(rows(l)).toEqual([
      ['L2 超期', 'OVERDUE'],
      ['L4 乡镇退回', 'RETURNED'],
      ['L1 新登记', 'NEW'],
    ]);
    expect(l.totalCount).toBe(3);
  });

  it('is refused for another village, answers a fixed number of statements', async () => {
    expectError(await h.gql(BRIEFING, { v: VILLAGE_A1 }, t.secB1), 'FORBIDDEN');
    expectError(await h.gql(BRIEFING, { v: '4309' }, t.secA1), 'CASE_VILLAGE_CODE_INVALID', 'villageCode');
    expect(await statementsOf(h, () => h.gql(BRIEFING, { v: VILLAGE_A1 }, t.secA1))).toBeLessThanOrEqual(5);
  });

  it('prints as a PDF', async () => {
    const q = `query($v: String!) { villageBriefingPdf(villageCode: $v) { fileName contentType contentBase64 } }`;
    const f = ok(
      await h.gql<{ villageBriefingPdf: { fileName: string; contentType: string; contentBase64: string } }>(
        q,
        { v: VILLAGE_A1 },
        t.secA1,
      ),
    ).villageBriefingPdf;
    expect(f.fileName).toBe('石门村民情碰头会待议事项.pdf');
    expect(Buffer.from(f.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('townshipReview (民情例会)', () => {
  it("lists the township's own cases and the villages' overdue and bounced ones, nothing of another township", async () => {
    const l = ok(await h.gql<{ townshipReview: List }>(REVIEW, { t: TOWN_A }, t.townA)).townshipReview;
    expect(l.title).toBe('青山镇民情例会待议事项');
    expect(rows(l)).toEqual([
      ['L2 超期', 'OVERDUE'],
      ['L7 推拖绕', 'BOUNCED'],
      ['L4 乡镇退回', 'BOUNCED'],
      ['L5 在乡镇', 'AT_TOWNSHIP'],
    ]);
  });

  it('is refused to a village secretary for the township', async () => {
    expectError(await h.gql(REVIEW, { t: TOWN_A }, t.secA1), 'FORBIDDEN');
  });
});
