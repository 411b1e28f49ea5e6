import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import {
  ACCOUNT_FIELDS,
  CHANGE_PASSWORD,
  REFRESH,
  VILLAGE_A1,
  accountFixture,
  auditRows,
  code,
  login,
  tokenFor,
  PASSWORD,
  type AccountView,
  type AuthView,
} from './account-fixture.js';

let h: Harness;
const HOUSEHOLDS = '{ households(first: 5) { totalCount } }';
const change = (token: string, c: string, n: string) =>
  h.gql<{ changePassword: AuthView }>(CHANGE_PASSWORD, { c, n }, token);
let n = 0;
const client = (): string => `198.51.100.${++n}`;

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), accountFixture, h.crypto);
});
afterAll(async () => {
  await h?.stop();
});

describe('password rules', () => {
  it('refuses a weak new password with WEAK_PASSWORD naming newPassword and saying why, in Chinese', async () => {
    const token = (await login(h, 'sec_b1', PASSWORD, client())).data!.login.accessToken;
    const cases: [string, RegExp][] = [
      ['Short@1a', /长度须为 10–64 位/],
      [`${'Aa1@'.repeat(16)}x`, /长度须为 10–64 位/],
      ['alllowercase123', /三类/],
      ['Mysec_b1@2026', /不能包含用户名/],
      [PASSWORD, /不能与当前密码相同/],
    ];
    for (const [pw, why] of cases) {
      const res = await change(token, PASSWORD, pw);
      expect(res.errors?.[0].extensions, pw).toEqual({ code: 'WEAK_PASSWORD', field: 'newPassword' });
      expect(res.errors?.[0].message, pw).toMatch(why);
      expect(res.errors?.[0].message).toContain('至少包含大写字母、小写字母、数字、符号中的三类');
    }
  });

  it('refuses a wrong current password, naming currentPassword, and counts it towards the lockout', async () => {
    const token = (await login(h, 'sec_b1', PASSWORD, client())).data!.login.accessToken;
    const res = await change(token, 'Wrong@pass2026', 'Brand@new2026x');
    expect(res.errors?.[0]).toMatchObject({
      message: '当前密码不正确',
      extensions: { code: 'INVALID_CREDENTIALS', field: 'currentPassword' },
    });
    const [row] = await auditRows(h, `action = 'PASSWORD_CHANGE' and outcome = 'FAILURE'`);
    expect(row?.detail).toBe('当前密码错误（连续第 1 次）');
  });

  it('changes the password, ends the other sessions and audits it without the password', async () => {
    const other = (await login(h, 'sec_b1', PASSWORD, client())).data!.login;
    const res = await change(other.accessToken, PASSWORD, 'Brand@new2026x');
    expect(res.errors).toBeUndefined();
    expect(code(await h.gql(REFRESH, { t: other.refreshToken }))).toBe('INVALID_REFRESH_TOKEN');
    expect((await h.gql(REFRESH, { t: res.data!.changePassword.refreshToken })).data).toBeTruthy();
    expect(code(await login(h, 'sec_b1', PASSWORD, client()))).toBe('INVALID_CREDENTIALS');
    expect((await login(h, 'sec_b1', 'Brand@new2026x', client())).data?.login.account.username).toBe('sec_b1');
    const audit = await auditRows(h, `action = 'PASSWORD_CHANGE' and outcome = 'SUCCESS'`);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('Brand@new2026x');
  });
});

describe('a new account must change its temporary password first', () => {
  it('lets the new user only change the password, then work', async () => {
    const created = await h.gql<{ createAccount: { account: AccountView; temporaryPassword: string } }>(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`,
      { i: { username: 'new_secretary', displayName: '新书记', divisionCode: VILLAGE_A1 } },
      await tokenFor(h, 'sysadmin'),
    );
    expect(created.errors).toBeUndefined();
    const { account, temporaryPassword } = created.data!.createAccount;
    expect(account).toMatchObject({ mustChangePassword: true, roles: [], status: 'ACTIVE' });
    const assigned = await h.gql(
      'mutation($id: ID!, $v: Int!) { assignRoles(id: $id, version: $v, roles: [VILLAGE_SECRETARY]) { roles } }',
      { id: account.id, v: account.version },
      await tokenFor(h, 'secadmin'),
    );
    expect(assigned.errors).toBeUndefined();

    const first = await login(h, 'new_secretary', temporaryPassword, client());
    expect(first.data?.login.account).toMatchObject({ mustChangePassword: true, permissions: [] });
    const token = first.data!.login.accessToken;
    expect(
      (await h.gql<{ me: { username: string } }>('{ me { username mustChangePassword } }', {}, token)).data?.me,
    ).toEqual({ username: 'new_secretary', mustChangePassword: true });
    expect(code(await h.gql(HOUSEHOLDS, {}, token))).toBe('FORBIDDEN');
    // a refresh keeps the restriction
    const refreshed = await h.gql<{ refresh: AuthView }>(REFRESH, { t: first.data!.login.refreshToken });
    expect(code(await h.gql(HOUSEHOLDS, {}, refreshed.data!.refresh.accessToken))).toBe('FORBIDDEN');

    const changed = await change(token, temporaryPassword, 'Shimen@village2026');
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.account.mustChangePassword).toBe(false);
    expect(changed.data!.changePassword.account.permissions).toContain('REGISTER_READ');
    const households = await h.gql<{ households: { totalCount: number } }>(
      HOUSEHOLDS,
      {},
      changed.data!.changePassword.accessToken,
    );
    expect(households.data?.households.totalCount).toBe(8);
    const again = await login(h, 'new_secretary', 'Shimen@village2026', client());
    expect(again.data?.login.account).toMatchObject({ mustChangePassword: false });
  });
});
