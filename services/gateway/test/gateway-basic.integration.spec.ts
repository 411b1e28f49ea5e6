import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, graphqlClient } from '@xiangzhi/testing';
import { startStack, type Stack } from './stack.js';
import { demoFacts } from './demo-facts.js';

// The gateway over governance alone: what it lets through before any other subgraph is involved.
let stack: Stack;
let facts: ReturnType<typeof demoFacts>;

const LOGIN =
  'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken account { username } } }';
type Login = { login: { accessToken: string; refreshToken: string; account: { username: string } } };

beforeAll(async () => {
  stack = await startStack({ services: ['governance'] });
  facts = demoFacts(stack.data);
});
afterAll(async () => stack?.stop());

describe('gateway over governance', () => {
  it('lets an anonymous caller log in and nothing else', async () => {
    const anon = await stack.client.request('{ households { totalCount } }');
    expect(anon.errors?.[0]).toMatchObject({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
    expect((await stack.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const smuggled = await stack.client.request('{ __typename households { totalCount } }');
    expect(smuggled.data).toBeNull();
    expect(smuggled.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await stack.client.request(LOGIN, { u: 'secretary_1', p: 'x' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const login = await stack.client.request<Login>(LOGIN, { u: 'secretary_1', p: DEMO_PASSWORD });
    expect(login.data?.login.account.username).toBe('secretary_1');
    const me = await stack.client
      .withToken(login.data?.login.accessToken)
      .request('{ me { username } households { totalCount } }');
    expect(me.data).toEqual({
      me: { username: 'secretary_1' },
      households: { totalCount: facts.householdCount(facts.account('secretary_1').divisionCode) },
    });
  });

  it('refreshes a session without an access token, once per refresh token', async () => {
    const login = await stack.client.request<Login>(LOGIN, { u: 'committee_1', p: DEMO_PASSWORD });
    const refresh = 'mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }';
    const again = await stack.client.request<{ refresh: { accessToken: string } }>(refresh, {
      t: login.data?.login.refreshToken,
    });
    expect((await stack.client.withToken(again.data?.refresh.accessToken).request('{ me { username } }')).data).toEqual(
      { me: { username: 'committee_1' } },
    );
    expect(
      (await stack.client.request(refresh, { t: login.data?.login.refreshToken })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'INVALID_REFRESH_TOKEN', field: 'refreshToken' });
  });

  it('passes a subgraph error code and field through to the client', async () => {
    const secretary = await stack.as('secretary_1');
    const bad = await secretary.request('{ households(first: 0) { totalCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(bad.errors?.[0]?.message).toBe('每页条数须在 1 到 100 之间');
  });

  it('is the only way in: a subgraph refuses a request the gateway did not sign', async () => {
    const { token } = await stack.signer.sign(facts.principal('secretary_1'));
    const direct = await graphqlClient(stack.subgraph('governance').url, { token }).request('{ me { username } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('INVALID_SIGNATURE');
  });

  it('answers health and readiness checks', async () => {
    const base = stack.gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
