import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '@xiangzhi/auth';
import { startSubgraphHarness, testPrincipal, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';

// Issue 9: the township office edits the rules of its jurisdiction; every change is kept (who, when, before/after).
const COUNTY = '430999';
const T1 = '430999001';
const T2 = '430999002';
const V1 = '430999001001';

const BOOK = `query($r: String) { pointRuleBook(regionCode: $r) { eventType regionCode points monthlyCap reason
  sourceDivisionCode overridden inherited { points monthlyCap reason } } }`;
const OVERRIDE = `mutation($input: OverridePointRuleInput!) { overridePointRule(input: $input) { eventType regionCode points
  monthlyCap reason sourceDivisionCode overridden inherited { points } } }`;
const RESET = `mutation($r: String, $t: String!) { resetPointRule(regionCode: $r, eventType: $t) { points sourceDivisionCode overridden } }`;
const HISTORY = `query($r: String, $t: String) { pointRuleHistory(regionCode: $r, eventType: $t) { divisionCode eventType
  before { points monthlyCap reason } after { points monthlyCap reason } changedBy changedByName changedAt } }`;

type Rule = {
  eventType: string;
  regionCode: string;
  points: number;
  monthlyCap: number | null;
  reason: string;
  sourceDivisionCode: string;
  overridden: boolean;
  inherited: { points: number } | null;
};

let h: SubgraphHarness;
const township = testPrincipal(Role.TOWNSHIP_ADMIN, T1);
let townshipAdmin: string;
let otherTownship: string;
let secretary: string;
let county: string;

beforeAll(async () => {
  h = await startSubgraphHarness('points_rules_admin', { entities, migrations, resolvers, referenceResolvers });
  townshipAdmin = await h.token(township);
  otherTownship = await h.token(testPrincipal(Role.TOWNSHIP_ADMIN, T2));
  secretary = await h.token(testPrincipal(Role.VILLAGE_SECRETARY, V1));
  county = await h.token(testPrincipal(Role.COUNTY_ADMIN, COUNTY));
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

const forum = (rules: Rule[] | undefined) => rules?.find((r) => r.eventType === 'ForumAttended');
const book = async (token: string, r?: string) =>
  (await h.request<{ pointRuleBook: Rule[] }>(BOOK, { r }, { token })).data?.pointRuleBook;

describe('the rule book of a jurisdiction', () => {
  it('lists every event type with the default rules, including forum attendance +1 (cap 2) and meetings 0', async () => {
    const rules = await book(secretary);
    expect(rules?.map((r) => r.eventType)).toContain('VisitRecorded');
    expect(forum(rules)).toMatchObject({ points: 1, monthlyCap: 2, sourceDivisionCode: '', overridden: false });
    expect(rules?.find((r) => r.eventType === 'MeetingAttended')).toMatchObject({ points: 0, monthlyCap: null });
  });

  it('lets a township admin override a rule for the township: the most specific level wins', async () => {
    const input = { eventType: 'ForumAttended', points: 2, monthlyCap: 4, reason: '参加村民说事会（本镇）' };
    const res = await h.request<{ overridePointRule: Rule }>(OVERRIDE, { input }, { token: townshipAdmin });
    expect(res.errors).toBeUndefined();
    expect(res.data?.overridePointRule).toMatchObject({
      regionCode: T1,
      points: 2,
      monthlyCap: 4,
      sourceDivisionCode: T1,
      overridden: true,
      inherited: { points: 1 },
    });
    // the township's villages now use it; another township keeps the default
    expect(forum(await book(secretary))).toMatchObject({ points: 2, sourceDivisionCode: T1, overridden: false });
    expect(forum(await book(otherTownship))).toMatchObject({ points: 1, sourceDivisionCode: '' });
    // a county admin may set a village's own rule, which beats the township's
    const village = await h.request<{ overridePointRule: Rule }>(
      OVERRIDE,
      { input: { ...input, regionCode: V1, points: 3, monthlyCap: 3 } },
      { token: county },
    );
    expect(village.data?.overridePointRule).toMatchObject({ sourceDivisionCode: V1, inherited: { points: 2 } });
    expect(forum(await book(secretary))).toMatchObject({ points: 3, sourceDivisionCode: V1 });
  });

  it('resets a rule to the inherited one, and says so when there is nothing to reset', async () => {
    const res = await h.request<{ resetPointRule: Rule }>(RESET, { r: V1, t: 'ForumAttended' }, { token: county });
    expect(res.data?.resetPointRule).toMatchObject({ points: 2, sourceDivisionCode: T1, overridden: false });
    const again = await h.request(RESET, { r: V1, t: 'ForumAttended' }, { token: county });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'POINT_RULE_NOT_OVERRIDDEN', field: 'eventType' });
  });

  it('keeps every change in the history: who, when, before and after', async () => {
    const res = await h.request<{
      pointRuleHistory: {
        divisionCode: string;
        before: { points: number } | null;
        after: { points: number } | null;
        changedBy: string | null;
        changedByName: string | null;
      }[];
    }>(HISTORY, { r: V1, t: 'ForumAttended' }, { token: county });
    expect(res.errors).toBeUndefined();
    const rows = res.data?.pointRuleHistory.map((c) => [
      c.divisionCode,
      c.before?.points ?? null,
      c.after?.points ?? null,
    ]);
    // newest first: the village reset, the village override, the township override, the default
    expect(rows).toEqual([
      [V1, 3, null],
      [V1, null, 3],
      [T1, null, 2],
      ['', null, 1],
    ]);
    expect(res.data?.pointRuleHistory[2]).toMatchObject({
      changedBy: township.accountId,
      changedByName: township.username,
    });
    expect(res.data?.pointRuleHistory[3]).toMatchObject({ changedBy: null });
  });

  it('refuses a village secretary and another township’s admin with FORBIDDEN, and changes nothing', async () => {
    const input = { eventType: 'VisitRecorded', points: 9, reason: '走访' };
    const bySecretary = await h.request(OVERRIDE, { input }, { token: secretary });
    expect(bySecretary.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOther = await h.request(OVERRIDE, { input: { ...input, regionCode: T1 } }, { token: otherTownship });
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await h.request(RESET, { r: T1, t: 'ForumAttended' }, { token: otherTownship });
    expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await book(secretary))?.find((r) => r.eventType === 'VisitRecorded')).toMatchObject({ points: 2 });
    expect(forum(await book(secretary))).toMatchObject({ points: 2, sourceDivisionCode: T1 });
  });

  it.each([
    [{ eventType: 'Nonsense' }, 'POINT_RULE_EVENT_TYPE_INVALID', 'eventType'],
    [{ points: 101 }, 'POINT_RULE_POINTS_INVALID', 'points'],
    [{ monthlyCap: 0 }, 'POINT_RULE_MONTHLY_CAP_INVALID', 'monthlyCap'],
    [{ points: -2, monthlyCap: 10 }, 'POINT_RULE_MONTHLY_CAP_INVALID', 'monthlyCap'],
    [{ reason: '' }, 'POINT_RULE_REASON_INVALID', 'reason'],
    [{ reason: '由'.repeat(201) }, 'POINT_RULE_REASON_INVALID', 'reason'],
    [{ regionCode: '43_%' }, 'POINTS_REGION_CODE_INVALID', 'regionCode'],
  ])('refuses %j with %s on %s', async (over, code, field) => {
    const input = { eventType: 'VisitRecorded', points: 3, monthlyCap: 30, reason: '走访', ...over };
    const res = await h.request(OVERRIDE, { input }, { token: townshipAdmin });
    expect(res.errors?.[0]?.extensions).toEqual({ code, field });
  });

  it('reads the rule book in a flat number of statements', async () => {
    await book(county, T1);
    const one = h.queries.length;
    h.queries.length = 0;
    await book(county, V1);
    expect(h.queries.length).toBe(one);
    expect(one).toBeLessThanOrEqual(2);
  });
});
