import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADER, generateSigningKeys, signRequest } from '@xiangzhi/auth';
import { startSubgraph, type RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { loadDemo } from '../src/demo.js';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { HMAC_SECRET, startGovernance, type GqlResult, type Harness } from './harness.js';
import { accountFixture, accountId, auditRows, code, login, tokenFor, PASSWORD } from './account-fixture.js';

let h: Harness;
const sql = <T>(q: string, p: unknown[] = []): Promise<T[]> => h.subgraph.orm.em.getConnection().execute<T[]>(q, p);
const SETTINGS =
  'mutation($i: SecuritySettingsInput!) { updateSecuritySettings(input: $i) { maxFailedLogins loginsPerMinutePerUser } }';

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), accountFixture, h.crypto);
});
afterAll(async () => {
  await h?.stop();
});

describe('the lockout under simultaneous guesses', () => {
  it('answers 20 simultaneous wrong passwords with INVALID_CREDENTIALS, never CONFLICT, checks only 5 and then refuses the right one', async () => {
    // the per-username throttle (10 a minute) would answer half of them itself: lift it for this test
    const raised = await h.gql(SETTINGS, { i: { loginsPerMinutePerUser: 100 } }, await tokenFor(h, 'secadmin'));
    expect(raised.errors).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(h, 'sec_a1', `Wrong@pass${i}`, `203.0.113.${i}`)),
    );
    expect(answers.map(code)).toEqual(Array(20).fill('INVALID_CREDENTIALS'));
    expect(new Set(answers.map((a) => a.errors?.[0].message))).toEqual(
      new Set(['用户名或密码错误（连续失败 5 次将锁定 15 分钟）']),
    );

    const failures = await auditRows(h, `action = 'LOGIN_FAILED' and actor_name = 'sec_a1'`);
    expect(failures).toHaveLength(20);
    // exactly five passwords were compared; the other fifteen met the lock
    expect(failures.filter((f) => f.detail?.startsWith('密码错误'))).toHaveLength(5);
    expect(failures.filter((f) => f.detail === '账号已锁定')).toHaveLength(15);

    const right = await login(h, 'sec_a1', PASSWORD, '203.0.113.99');
    expect(code(right)).toBe('INVALID_CREDENTIALS');
    const [row] = await sql<{ locked: boolean }>(
      `select locked_until > now() + interval '14 minutes' as locked from account where username = 'sec_a1'`,
    );
    expect(row?.locked).toBe(true);
  });

  it('lets the account in again once the lock has expired, and restarts the count', async () => {
    await sql(`update account set locked_until = now() - interval '1 second' where username = 'sec_a1'`);
    const ok = await login(h, 'sec_a1', PASSWORD, '203.0.113.100');
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.login.account.lastLoginAt).toBeTruthy();
    const [row] = await sql<{ failed_logins: number; locked_until: Date | null }>(
      `select failed_logins, locked_until from account where username = 'sec_a1'`,
    );
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  });

  it('gives the same answer for an unknown user, a wrong password, a locked and a disabled account', async () => {
    await sql(`update account set disabled = true where username = 'sec_b1'`);
    const unknown = await login(h, 'nobody_here', 'Whatever@2026', '203.0.113.150');
    const wrong = await login(h, 'town_a', 'Whatever@2026', '203.0.113.151');
    const disabled = await login(h, 'sec_b1', PASSWORD, '203.0.113.152');
    for (let i = 0; i < 5; i++) await login(h, 'cadre_a1', 'Whatever@2026', '203.0.113.153');
    const locked = await login(h, 'cadre_a1', PASSWORD, '203.0.113.153');
    for (const res of [wrong, disabled, locked]) expect(res.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(code(unknown)).toBe('INVALID_CREDENTIALS');
    await sql(`update account set disabled = false where username = 'sec_b1'`);
  });
});

describe('login throttling', () => {
  it('refuses the 11th attempt for one username within a minute, even for a name that does not exist', async () => {
    await h.gql(SETTINGS, { i: { loginsPerMinutePerUser: 10 } }, await tokenFor(h, 'secadmin'));
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await login(h, 'ghost_user', 'Whatever@2026', `192.0.2.${i}`));
    expect(answers.slice(0, 10).map(code)).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(answers[10]!.errors?.[0]).toMatchObject({
      message: '登录尝试过于频繁，请一分钟后再试',
      extensions: { code: 'RATE_LIMITED' },
    });
  });

  it('refuses the 31st attempt from one address across usernames, counted in PostgreSQL so a second process shares it', async () => {
    // a second governance process on the same database
    const keys = await generateSigningKeys();
    const second: RunningSubgraph = await startSubgraph({
      name: 'governance-2',
      env: {
        HOST: '127.0.0.1',
        PORT: 0,
        DATABASE_URL: h.subgraph.orm.config.get('clientUrl')!,
        JWT_PUBLIC_KEY: keys.publicKeyPem,
        GATEWAY_HMAC_SECRET: HMAC_SECRET,
        LOG_LEVEL: 'silent',
      },
      entities,
      migrations,
      resolvers,
      referenceResolvers,
      contextExtras: { signer: h.signer, crypto: h.crypto },
    });
    try {
      const address = '192.0.2.200';
      const names = ['t_one', 't_two', 't_three', 't_four'];
      const answers = [];
      for (let i = 0; i < 30; i++)
        answers.push(await attemptAt(i % 2 ? h.subgraph.url : second.url, names[i % 4]!, address));
      expect(answers.map(code)).toEqual(Array(30).fill('INVALID_CREDENTIALS'));
      expect(code(await login(h, 'town_a', PASSWORD, address))).toBe('RATE_LIMITED');
      // another address is still answered
      expect((await login(h, 'town_a', PASSWORD, '192.0.2.201')).data?.login.account.username).toBe('town_a');
    } finally {
      await second.stop();
    }
  });
});

/** A wrong-password login sent to one process's URL, signed as the gateway signs it. */
async function attemptAt(url: string, username: string, client: string): Promise<GqlResult<unknown>> {
  const body = JSON.stringify({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    variables: { u: username, p: 'Whatever@2026' },
  });
  const headers = {
    'content-type': 'application/json',
    [CLIENT_HEADER]: client,
    ...signRequest(HMAC_SECRET, { method: 'POST', path: '/graphql', client, body }),
  };
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, ...((await res.json()) as object) };
}

describe('login audit', () => {
  it('records every login and every failure with the username tried and the client address', async () => {
    const before = (await auditRows(h)).length;
    await login(h, 'town_a', PASSWORD, '198.51.100.77');
    await login(h, 'town_a', 'Wrong@pass1', '198.51.100.77');
    await login(h, 'no_such_name', 'Wrong@pass1', '198.51.100.77');
    const rows = (await auditRows(h)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'LOGIN',
        outcome: 'SUCCESS',
        actor_id: accountId('town_a'),
        actor_name: 'town_a',
        client_address: '198.51.100.77',
      }),
      expect.objectContaining({
        action: 'LOGIN_FAILED',
        outcome: 'FAILURE',
        actor_id: accountId('town_a'),
        detail: '密码错误（连续第 1 次）',
        client_address: '198.51.100.77',
      }),
      expect.objectContaining({
        action: 'LOGIN_FAILED',
        outcome: 'FAILURE',
        actor_id: null,
        actor_name: 'no_such_name',
        detail: '用户名不存在',
        division_code: '',
      }),
    ]);
  });

  it('names an empty or oversized username or password without trying it', async () => {
    expect((await login(h, '', 'x')).errors?.[0].extensions).toEqual({
      code: 'ACCOUNT_USERNAME_INVALID',
      field: 'username',
    });
    expect((await login(h, 'town_a', '')).errors?.[0].extensions).toEqual({
      code: 'ACCOUNT_PASSWORD_INVALID',
      field: 'password',
    });
    expect((await login(h, 'x'.repeat(65), 'x')).errors?.[0].extensions).toEqual({
      code: 'ACCOUNT_USERNAME_INVALID',
      field: 'username',
    });
    expect((await login(h, 'town_a', 'x'.repeat(257))).errors?.[0].extensions).toEqual({
      code: 'ACCOUNT_PASSWORD_INVALID',
      field: 'password',
    });
  });
});
