import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import {
  REFRESH,
  LOGOUT,
  accountFixture,
  accountId,
  auditRows,
  code,
  login,
  tokenFor,
  type AuthView,
} from './account-fixture.js';

let h: Harness;
const sql = <T>(q: string, p: unknown[] = []): Promise<T[]> => h.subgraph.orm.em.getConnection().execute<T[]>(q, p);
const refresh = (t: string | null) => h.gql<{ refresh: AuthView }>(REFRESH, { t });
const logout = (t: string | null) => h.gql<{ logout: boolean }>(LOGOUT, { t });
let n = 0;
/** A fresh session of `username` (each from its own address, so the throttle never interferes). */
async function session(username = 'town_a'): Promise<AuthView> {
  const res = await login(h, username, undefined, `198.51.100.${++n}`);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login;
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), accountFixture, h.crypto);
});
afterAll(async () => {
  await h?.stop();
});

describe('refresh-token rotation', () => {
  it('exchanges a refresh token once for a new pair that works in turn', async () => {
    const first = await session();
    const second = await refresh(first.refreshToken);
    expect(second.data?.refresh.account.username).toBe('town_a');
    const third = await refresh(second.data!.refresh.refreshToken);
    expect(third.data?.refresh.accessToken).toBeTruthy();
    const me = await h.gql<{ me: { username: string } }>('{ me { username } }', {}, third.data!.refresh.accessToken);
    expect(me.data?.me.username).toBe('town_a');
  });

  it('revokes the whole family when a rotated token is used again, the newer token included', async () => {
    const first = await session();
    const second = (await refresh(first.refreshToken)).data!.refresh;
    const reuse = await refresh(first.refreshToken);
    expect(reuse.errors?.[0]).toMatchObject({
      message: '登录已失效，请重新登录',
      extensions: { code: 'INVALID_REFRESH_TOKEN', field: 'refreshToken' },
    });
    expect(code(await refresh(second.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    const [revoked] = await auditRows(h, `action = 'SESSION_REVOKED'`);
    expect(revoked).toMatchObject({ outcome: 'FAILURE', actor_id: accountId('town_a') });
  });

  it('lets exactly one of 10 simultaneous refreshes with one token win, then revokes its family', async () => {
    const first = await session();
    const answers = await Promise.all(Array.from({ length: 10 }, () => refresh(first.refreshToken)));
    const winners = answers.filter((a) => a.data?.refresh);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => code(a) === 'INVALID_REFRESH_TOKEN')).toHaveLength(9);
    expect(answers.some((a) => code(a) === 'CONFLICT')).toBe(false);
    // the losers were reuse: the winner's new token is dead too
    expect(code(await refresh(winners[0]!.data!.refresh.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refuses a missing, unknown or oversized token', async () => {
    for (const t of [null, '', 'not-a-token', 'x'.repeat(500)])
      expect(code(await refresh(t)), String(t)).toBe('INVALID_REFRESH_TOKEN');
  });
});

describe('logout', () => {
  it('ends the session: its refresh token stops working, and the logout is audited', async () => {
    const s = await session('sec_a1');
    const before = (await auditRows(h, `action = 'LOGOUT'`)).length;
    expect((await logout(s.refreshToken)).data?.logout).toBe(true);
    expect(code(await refresh(s.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    expect((await logout(s.refreshToken)).data?.logout).toBe(false);
    expect((await logout(null)).data?.logout).toBe(false);
    const rows = await auditRows(h, `action = 'LOGOUT'`);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ actor_id: accountId('sec_a1'), actor_name: 'sec_a1' });
  });

  it('ends only that session: another login of the same account keeps working', async () => {
    const a = await session('sec_a1');
    const b = await session('sec_a1');
    await logout(a.refreshToken);
    expect((await refresh(b.refreshToken)).data?.refresh.account.username).toBe('sec_a1');
  });
});

describe('idle timeout', () => {
  it('refuses a session unused for longer than the idle setting (30 minutes by default)', async () => {
    const fresh = await session();
    const idle = await session();
    await sql(
      `update session_family f set last_used_at = now() - interval '29 minutes' from refresh_token t where t.family_id = f.id and t.token_hash = encode(sha256(?::bytea), 'hex')`,
      [fresh.refreshToken],
    );
    await sql(
      `update session_family f set last_used_at = now() - interval '31 minutes' from refresh_token t where t.family_id = f.id and t.token_hash = encode(sha256(?::bytea), 'hex')`,
      [idle.refreshToken],
    );
    expect((await refresh(fresh.refreshToken)).data?.refresh).toBeTruthy();
    expect(code(await refresh(idle.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    const [family] = await sql<{ revoked_reason: string }>(
      `select f.revoked_reason from session_family f join refresh_token t on t.family_id = f.id where t.token_hash = encode(sha256(?::bytea), 'hex')`,
      [idle.refreshToken],
    );
    expect(family?.revoked_reason).toBe('空闲超过 30 分钟');
  });

  it('follows the security setting', async () => {
    const s = await session();
    await sql(
      `update session_family f set last_used_at = now() - interval '20 minutes' from refresh_token t where t.family_id = f.id and t.token_hash = encode(sha256(?::bytea), 'hex')`,
      [s.refreshToken],
    );
    const set = await h.gql(
      'mutation { updateSecuritySettings(input: { idleMinutes: 15 }) { idleMinutes } }',
      {},
      await tokenFor(h, 'secadmin'),
    );
    expect(set.errors).toBeUndefined();
    expect(code(await refresh(s.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    await h.gql(
      'mutation { updateSecuritySettings(input: { idleMinutes: 30 }) { idleMinutes } }',
      {},
      await tokenFor(h, 'secadmin'),
    );
  });
});

describe('disabled accounts', () => {
  it('refuses a refresh once the account is disabled, and again after it is re-enabled', async () => {
    const s = await session('cadre_a1');
    const sys = await tokenFor(h, 'sysadmin');
    const [{ version }] = await sql<{ version: number }>(`select version from account where username = 'cadre_a1'`);
    const off = await h.gql<{ setAccountDisabled: { disabled: boolean; version: number } }>(
      'mutation($id: ID!, $v: Int!) { setAccountDisabled(id: $id, disabled: true, version: $v) { disabled version } }',
      { id: accountId('cadre_a1'), v: version },
      sys,
    );
    expect(off.data?.setAccountDisabled.disabled).toBe(true);
    expect(code(await refresh(s.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    await h.gql(
      'mutation($id: ID!, $v: Int!) { setAccountDisabled(id: $id, disabled: false, version: $v) { disabled } }',
      { id: accountId('cadre_a1'), v: off.data!.setAccountDisabled.version },
      sys,
    );
    expect(code(await refresh(s.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
  });
});
