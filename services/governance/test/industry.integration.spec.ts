import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';

let h: Harness;
let t: Record<Person, string>;

const NEED = `mutation($i: RecordIndustryNeedInput!) { recordIndustryNeed(input: $i) { id status kind recordedBy } }`;
const RESOURCE = `mutation($i: IndustryResourceInput!) { createIndustryResource(input: $i) { id name phone } }`;
const MATCH = `mutation($i: MatchIndustryNeedInput!) { matchIndustryNeed(input: $i) { id resource { name } } }`;
const FOLLOW = `mutation($i: FollowUpIndustryMatchInput!) { followUpIndustryMatch(input: $i) { id followedOn note } }`;
const CLOSE = `mutation($i: CloseIndustryNeedInput!) { closeIndustryNeed(input: $i) { status outcome } }`;
const ONE = `query($id: ID!) { industryNeed(id: $id) { status suggestions { name } matches { resource { name } followUps { note } } } }`;
const LIST = `query($n: Int, $r: String) { industryNeeds(first: $n, regionCode: $r) { totalCount edges { node {
  kind household { headName } matches { resource { name } followUps { note } } suggestions { name } } } } }`;

type One = {
  industryNeed: { status: string; suggestions: { name: string }[]; matches: { followUps: unknown[] }[] } | null;
};

const needOf = async (hh: string, kind = 'SALES', token = t.cadreA1): Promise<string> =>
  ok(
    await h.gql<{ recordIndustryNeed: { id: string } }>(
      NEED,
      { i: { householdId: hh, kind, description: '柑橘缺销路' } },
      token,
    ),
  ).recordIndustryNeed.id;
const resource = async (name: string, divisionCode: string, offers: string[], token = t.townA, phone?: string) =>
  ok(
    await h.gql<{ createIndustryResource: { id: string } }>(
      RESOURCE,
      { i: { kind: 'COOPERATIVE', name, offers, offerText: '统一收购', divisionCode, phone } },
      token,
    ),
  ).createIndustryResource.id;
const status = async (id: string, token = t.townA) => ok(await h.gql<One>(ONE, { id }, token)).industryNeed?.status;

const res: Record<string, string> = {};

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  res.county = await resource('县电商服务中心', COUNTY, ['SALES'], t.county, '0745-1234567');
  res.town = await resource('青山镇柑橘合作社', TOWN_A, ['SALES', 'LABOUR']);
  res.village = await resource('石门村果蔬合作社', VILLAGE_A1, ['SALES'], t.secA1);
  res.other = await resource('桃花村合作社', VILLAGE_A2, ['SALES']);
  res.tech = await resource('科技特派员 刘志军', COUNTY, ['TECHNOLOGY'], t.county);
});
afterAll(async () => {
  await h?.stop();
});

describe('a need from recorded to met', () => {
  it('suggests same-kind resources nearest first, then goes OPEN → MATCHED → FOLLOWING_UP → MET', async () => {
    const need = await needOf(householdId(0, 0));
    const first = ok(await h.gql<One>(ONE, { id: need }, t.secA1)).industryNeed!;
    expect(first.status).toBe('OPEN');
    expect(first.suggestions.map((s) => s.name)).toEqual(['石门村果蔬合作社', '青山镇柑橘合作社', '县电商服务中心']);
    // met needs a match first; a cadre cannot match (the office does)
    expectError(
      await h.gql(CLOSE, { i: { needId: need, status: 'MET', outcome: '已卖完' } }, t.secA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
    expectError(await h.gql(MATCH, { i: { needId: need, resourceId: res.village } }, t.cadreA1), 'FORBIDDEN');
    const match = ok(
      await h.gql<{ matchIndustryNeed: { id: string } }>(
        MATCH,
        { i: { needId: need, resourceId: res.village } },
        t.secA1,
      ),
    ).matchIndustryNeed.id;
    expect(await status(need)).toBe('MATCHED');
    ok(await h.gql(FOLLOW, { i: { matchId: match, note: '合作社已上门看货' } }, t.cadreA1));
    expect(await status(need)).toBe('FOLLOWING_UP');
    expectError(
      await h.gql(FOLLOW, { i: { matchId: match, note: '明天再看', followedOn: '2999-01-01' } }, t.cadreA1),
      'INDUSTRY_NEED_FOLLOWED_ON_INVALID',
    );
    ok(await h.gql(FOLLOW, { i: { matchId: match, note: '2000 斤柑橘已按保底价收购', outcome: 'MET' } }, t.cadreA1));
    expect(await status(need)).toBe('MET');
    expectError(
      await h.gql(FOLLOW, { i: { matchId: match, note: '再看看' } }, t.cadreA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
    expectError(
      await h.gql(MATCH, { i: { needId: need, resourceId: res.town } }, t.secA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
    expectError(
      await h.gql(CLOSE, { i: { needId: need, status: 'CLOSED_UNMET', outcome: 'x' } }, t.secA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
  });

  it('closes an open need unmet, and then nothing more happens to it', async () => {
    const need = await needOf(householdId(0, 1), 'LABOUR');
    ok(await h.gql(CLOSE, { i: { needId: need, status: 'CLOSED_UNMET', outcome: '农户已自行解决劳力' } }, t.cadreA1));
    expect(await status(need)).toBe('CLOSED_UNMET');
    expectError(
      await h.gql(MATCH, { i: { needId: need, resourceId: res.town } }, t.secA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
    expectError(
      await h.gql(CLOSE, { i: { needId: need, status: 'OPEN', outcome: 'x' } }, t.secA1),
      'INDUSTRY_NEED_STATUS_INVALID',
    );
  });
});

describe('scoping and input', () => {
  it('a cadre records only for paired households; other villages see nothing', async () => {
    expectError(
      await h.gql(NEED, { i: { householdId: householdId(0, 5), kind: 'IDEA', description: '想发展民宿' } }, t.cadreA1),
      'HOUSEHOLD_NOT_FOUND',
    );
    const need = await needOf(householdId(0, 2), 'TECHNOLOGY');
    expect(ok(await h.gql<One>(ONE, { id: need }, t.secB1)).industryNeed).toBeNull();
    expectError(await h.gql(MATCH, { i: { needId: need, resourceId: res.tech } }, t.secB1), 'INDUSTRY_NEED_NOT_FOUND');
    // a resource of another village is not the caller's to use
    expectError(
      await h.gql(MATCH, { i: { needId: need, resourceId: res.other } }, t.secA1),
      'INDUSTRY_RESOURCE_NOT_FOUND',
    );
    expectError(
      await h.gql(
        NEED,
        { i: { householdId: householdId(0, 0), kind: 'IDEA', description: '长'.repeat(501) } },
        t.cadreA1,
      ),
      'INDUSTRY_NEED_DESCRIPTION_INVALID',
      'description',
    );
  });

  it('keeps resources to the office of their division, with a checked phone', async () => {
    expectError(
      await h.gql(
        RESOURCE,
        { i: { kind: 'OTHER', name: '甲', offers: ['IDEA'], offerText: '乙', divisionCode: VILLAGE_B1 } },
        t.secA1,
      ),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(
        RESOURCE,
        { i: { kind: 'OTHER', name: '甲', offers: ['IDEA'], offerText: '乙', divisionCode: VILLAGE_A1 } },
        t.cadreA1,
      ),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(
        RESOURCE,
        { i: { kind: 'OTHER', name: '甲', offers: [], offerText: '乙', divisionCode: VILLAGE_A1 } },
        t.secA1,
      ),
      'INDUSTRY_RESOURCE_OFFERS_INVALID',
    );
    expectError(
      await h.gql(
        RESOURCE,
        { i: { kind: 'OTHER', name: '甲', offers: ['IDEA'], offerText: '乙', divisionCode: VILLAGE_A1, phone: '12' } },
        t.secA1,
      ),
      'INDUSTRY_RESOURCE_PHONE_INVALID',
      'phone',
    );
    const q = `{ industryResources(first: 50) { edges { node { name phone } } } }`;
    const seen = ok(
      await h.gql<{ industryResources: { edges: { node: { name: string; phone: string | null } }[] } }>(q, {}, t.secB1),
    ).industryResources.edges.map((e) => e.node);
    expect(seen.map((r) => r.name)).not.toContain('石门村果蔬合作社');
    expect(seen.find((r) => r.name === '县电商服务中心')?.phone).toBe('07451234567');
  });

  it('lists needs without a statement per row', async () => {
    for (let n = 3; n < 8; n++) {
      const need = await needOf(householdId(0, n), 'SALES', t.secA1);
      const m = ok(
        await h.gql<{ matchIndustryNeed: { id: string } }>(
          MATCH,
          { i: { needId: need, resourceId: res.town } },
          t.secA1,
        ),
      );
      ok(await h.gql(FOLLOW, { i: { matchId: m.matchIndustryNeed.id, note: '已联系' } }, t.secA1));
    }
    const few = await statementsOf(h, () => h.gql(LIST, { n: 2, r: VILLAGE_A1 }, t.townA));
    const many = await statementsOf(h, () => h.gql(LIST, { n: 8, r: VILLAGE_A1 }, t.townA));
    expect(many).toBe(few);
  });
});
