import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphSdl } from '@xiangzhi/subgraph-kit';
// schema.ts first, as the schema emitter loads it: type-graphql lists fields in the order their modules load
import '../src/schema.js';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, PASSWORD, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';

let h: Harness;
const tokens: Record<string, string> = {};

async function login(username: string, password = PASSWORD) {
  return h.gql<{
    login: { accessToken: string; refreshToken: string; account: { username: string; roles: string[] } };
  }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken expiresAt account { username roles divisionCode } } }',
    { u: username, p: password },
  );
}

const HOUSEHOLDS =
  'query($r: String, $s: String, $first: Int, $after: String) { households(regionCode: $r, search: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id villageCode headName } } } }';
type HouseholdsData = {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; villageCode: string; headName: string } }[];
  };
};

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  for (const u of ['sec_a1', 'sec_b1', 'town_a', 'cadre_a1']) tokens[u] = (await login(u)).data!.login.accessToken;
});
afterAll(async () => {
  await h?.stop();
});

describe('the gateway signature', () => {
  it('refuses a request that is not signed with the shared secret', async () => {
    const res = await h.gql('{ me { id } }', {}, tokens.sec_a1, { unsigned: true });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('INVALID_SIGNATURE');
  });
});

describe('login', () => {
  it('gives the same error for a wrong password and an unknown user', async () => {
    const wrong = await login('sec_a1', 'nope');
    const unknown = await login('nobody', 'nope');
    expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.errors?.[0].message).toContain('用户名或密码错误');
  });
  it('names the empty field', async () => {
    const res = await login('', 'x');
    expect(res.errors?.[0].extensions).toEqual({ code: 'ACCOUNT_USERNAME_INVALID', field: 'username' });
  });
  it('returns a token that answers `me`, and a refresh token that works once', async () => {
    const first = await login('sec_a1');
    expect(first.data?.login.account).toMatchObject({ username: 'sec_a1', roles: ['VILLAGE_SECRETARY'] });
    const me = await h.gql<{ me: { username: string; region: { name: string } } }>(
      '{ me { username region { name } } }',
      {},
      first.data!.login.accessToken,
    );
    expect(me.data?.me).toEqual({ username: 'sec_a1', region: { name: '石门村' } });
    const q = 'mutation($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }';
    const again = await h.gql<{ refresh: { accessToken: string } }>(q, { t: first.data!.login.refreshToken });
    expect(again.data?.refresh.accessToken).toBeTruthy();
    const reused = await h.gql(q, { t: first.data!.login.refreshToken });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_REFRESH_TOKEN', field: 'refreshToken' });
  });
  it('locks an account after five wrong passwords, with the same answer', async () => {
    for (let i = 0; i < 5; i++) await login('cadre_a1', 'wrong');
    const locked = await login('cadre_a1');
    expect(locked.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
  });
  it('asks for a login without a token, and for a new one with a forged token', async () => {
    expect((await h.gql(HOUSEHOLDS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await h.gql(HOUSEHOLDS, {}, tokens.sec_a1.slice(0, -4) + 'AAAA');
    expect(forged.errors?.[0]).toMatchObject({
      message: '登录凭证无效，请重新登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('jurisdiction scoping', () => {
  it('shows a village secretary only the own village', async () => {
    const res = await h.gql<HouseholdsData>(HOUSEHOLDS, { first: 100 }, tokens.sec_a1);
    expect(res.data?.households.totalCount).toBe(8);
    expect(new Set(res.data?.households.edges.map((e) => e.node.villageCode))).toEqual(new Set([VILLAGE_A1]));
  });
  it('refuses another village by code, by id, by search and through federation references', async () => {
    const other = await h.gql<HouseholdsData>(HOUSEHOLDS, { r: VILLAGE_B1 }, tokens.sec_a1);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data).toBeNull();
    const byId = await h.gql<{ household: null }>(
      'query($id: ID!) { household(id: $id) { id } }',
      { id: householdId(2, 0) },
      tokens.sec_a1,
    );
    expect(byId.data?.household).toBeNull();
    const search = await h.gql<HouseholdsData>(HOUSEHOLDS, { s: '卫东' }, tokens.sec_a1);
    expect(search.data?.households.totalCount).toBe(0);
    const region = await h.gql<{ region: null }>(
      'query($c: String!) { region(code: $c) { name } }',
      { c: VILLAGE_B1 },
      tokens.sec_a1,
    );
    expect(region.data?.region).toBeNull();
    const entities = await h.gql<{ _entities: (object | null)[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { headName } ... on Region { name } } }',
      {
        r: [
          { __typename: 'Household', id: householdId(2, 0) },
          { __typename: 'Region', code: VILLAGE_B1 },
          { __typename: 'Household', id: householdId(0, 0) },
        ],
      },
      tokens.sec_a1,
    );
    expect(entities.data?._entities).toEqual([null, null, { headName: '王建国' }]);
  });
  it('lets a township see all its villages and none of another township', async () => {
    const all = await h.gql<HouseholdsData>(HOUSEHOLDS, { first: 100 }, tokens.town_a);
    expect(all.data?.households.totalCount).toBe(16);
    expect(new Set(all.data?.households.edges.map((e) => e.node.villageCode))).toEqual(
      new Set([VILLAGE_A1, VILLAGE_A2]),
    );
    expect((await h.gql(HOUSEHOLDS, { r: TOWN_B }, tokens.town_a)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const children = await h.gql<{ regions: { code: string }[] }>(
      '{ regions { code children { code name } } }',
      {},
      tokens.town_a,
    );
    expect(children.data?.regions).toEqual([
      {
        code: '430999001',
        children: [
          { code: VILLAGE_A1, name: '石门村' },
          { code: VILLAGE_A2, name: '桃花村' },
        ],
      },
    ]);
  });
  it('shows a plain cadre only the paired households', async () => {
    const token = (
      await h.signer.sign({
        accountId: 'x',
        username: 'c',
        roles: ['CADRE' as never],
        divisionCode: VILLAGE_A1,
        gridIds: [],
        cadreId: fixture.cadres[0].id,
      })
    ).token;
    const res = await h.gql<HouseholdsData>(HOUSEHOLDS, {}, token);
    expect(res.data?.households.edges.map((e) => e.node.id).sort()).toEqual(
      [householdId(0, 0), householdId(0, 1), householdId(0, 2)].sort(),
    );
  });
});

describe('lists', () => {
  it('pages with cursors and counts the total', async () => {
    const p1 = await h.gql<HouseholdsData>(HOUSEHOLDS, { first: 5 }, tokens.sec_a1);
    expect(p1.data?.households).toMatchObject({ totalCount: 8, pageInfo: { hasNextPage: true } });
    const p2 = await h.gql<HouseholdsData>(
      HOUSEHOLDS,
      { first: 5, after: p1.data?.households.pageInfo.endCursor },
      tokens.sec_a1,
    );
    expect(p2.data?.households.edges).toHaveLength(3);
    expect(p2.data?.households.pageInfo.hasNextPage).toBe(false);
    const seen = [...p1.data!.households.edges, ...p2.data!.households.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(8);
  });
  it('rejects a page size out of range and a forged cursor, naming the argument', async () => {
    expect((await h.gql(HOUSEHOLDS, { first: 0 }, tokens.sec_a1)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await h.gql(HOUSEHOLDS, { first: 500 }, tokens.sec_a1)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect((await h.gql(HOUSEHOLDS, { after: 'garbage' }, tokens.sec_a1)).errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
  it('does not grow its SQL statement count with the page size', async () => {
    const q =
      'query($first: Int) { households(first: $first) { edges { node { headName village { name } grid { name householdCount } residents { name } pairedCadres { name } } } } }';
    const count = async (first: number): Promise<number> => {
      h.statements.length = 0;
      const res = await h.gql(q, { first }, tokens.town_a);
      expect(res.errors).toBeUndefined();
      return h.statements.length;
    };
    const small = await count(2);
    const large = await count(16);
    expect(large).toBe(small);
  });
});

describe('schema.graphql', () => {
  it('is committed as the code produces it', async () => {
    const committed = await readFile(join(import.meta.dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed.trim()).toBe(subgraphSdl(h.subgraph.schema).trim());
  });
});
