import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startGovernance, type Harness, HMAC_SECRET } from '../../governance/test/harness.js';
import { loadDemo } from '../../governance/src/demo.js';
import { fixture, PASSWORD } from '../../governance/test/fixture.js';
import { gatewayEnvSchema } from '../src/env.js';
import { startGateway, type RunningGateway } from '../src/gateway.js';

let gov: Harness;
let gw: RunningGateway;

async function post<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as never;
}

beforeAll(async () => {
  gov = await startGovernance();
  await loadDemo(gov.subgraph.orm.em.fork(), fixture);
  gw = await startGateway(gatewayEnvSchema.parse({
    PORT: '0', SUBGRAPHS: `governance=${gov.subgraph.url}`, GATEWAY_HMAC_SECRET: HMAC_SECRET, COMPOSE_TIMEOUT_MS: '5000',
    JWT_PUBLIC_KEY: gov.publicKeyPem, LOG_LEVEL: 'silent',
  }), pino({ level: 'silent' }));
});
afterAll(async () => { await gw?.stop(); await gov?.stop(); });

describe('gateway over governance', () => {
  it('lets an anonymous caller log in and nothing else', async () => {
    const anon = await post('{ households { totalCount } }');
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await post<{ login: { accessToken: string } }>('mutation { login(username: "sec_a1", password: "' + PASSWORD + '") { accessToken } }');
    expect(login.data?.login.accessToken).toBeTruthy();
    const mixed = await post('mutation { login(username: "sec_a1", password: "x") { accessToken } } ');
    expect(mixed.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    const me = await post<{ me: { username: string }; households: { totalCount: number } }>('{ me { username } households { totalCount } }', {}, login.data?.login.accessToken);
    expect(me.data).toEqual({ me: { username: 'sec_a1' }, households: { totalCount: 8 } });
  });
  it('passes a subgraph error code and field through to the client', async () => {
    const login = await post<{ login: { accessToken: string } }>(`mutation { login(username: "sec_a1", password: "${PASSWORD}") { accessToken } }`);
    const bad = await post('{ households(first: 0) { totalCount } }', {}, login.data?.login.accessToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
  it('rejects a query nested too deep', async () => {
    const login = await post<{ login: { accessToken: string } }>(`mutation { login(username: "town_a", password: "${PASSWORD}") { accessToken } }`);
    const deep = '{ regions { children { children { children { children { children { children { children { children { children { children { children { code } } } } } } } } } } } } }';
    const res = await post(deep, {}, login.data?.login.accessToken);
    expect(res.errors?.[0].message).toMatch(/depth limit of 12/);
    expect(res).not.toHaveProperty('data.regions');
  });
});
