import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import {
  ACCOUNT_FIELDS,
  COUNTY,
  TOWN_A,
  VILLAGE_A1,
  VILLAGE_B1,
  accountFixture,
  accountId,
  auditRows,
  code,
  login,
  tokenFor,
  type AccountView,
} from './account-fixture.js';

let h: Harness;
const t: Record<string, string> = {};
const sql = <T>(q: string, p: unknown[] = []): Promise<T[]> => h.subgraph.orm.em.getConnection().execute<T[]>(q, p);
const version = async (username: string): Promise<number> =>
  (await sql<{ version: number }>('select version from account where username = ?', [username]))[0]!.version;

const CREATE = `mutation($i: CreateAccountInput!) { createAccount(input: $i) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateAccountInput!) { updateAccount(id: $id, version: $v, input: $i) { ${ACCOUNT_FIELDS} } }`;
const DISABLE = `mutation($id: ID!, $d: Boolean!, $v: Int!) { setAccountDisabled(id: $id, disabled: $d, version: $v) { ${ACCOUNT_FIELDS} } }`;
const RESET = `mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $r: [Role!]!) { assignRoles(id: $id, version: $v, roles: $r) { ${ACCOUNT_FIELDS} } }`;
const UNLOCK = `mutation($id: ID!) { unlockAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const ACCOUNTS = `query($s: String, $r: Role, $st: AccountStatus, $first: Int, $after: String) {
  accounts(search: $s, role: $r, status: $st, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ACCOUNT_FIELDS} } } } }`;
type Accounts = {
  accounts: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: AccountView }[] };
};

const res = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions;

const OTHERS: Record<string, string[]> = {
  sysadmin: ['secadmin', 'auditor', 'county', 'sec_a1'],
  secadmin: ['sysadmin', 'auditor', 'county', 'sec_a1'],
};
async function refusedForOthers(
  owner: 'sysadmin' | 'secadmin',
  run: (token: string) => Promise<GqlResult<unknown>>,
): Promise<void> {
  for (const who of OTHERS[owner]!) {
    const res = await run(t[who]!);
    expect(code(res), who).toBe('FORBIDDEN');
    expect(res.data ?? null, who).toBeNull();
  }
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), accountFixture, h.crypto);
  for (const u of ['sysadmin', 'secadmin', 'secadmin2', 'auditor', 'county', 'sec_a1', 'town_sys'])
    t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('creating accounts (system administrator)', () => {
  it('creates an account without roles and with a temporary password shown once, audited without the password', async () => {
    const res = await h.gql<{ createAccount: { temporaryPassword: string; account: AccountView } }>(
      CREATE,
      { i: { username: 'clerk_a1', displayName: ' 石门村文书 ', divisionCode: VILLAGE_A1 } },
      t.sysadmin,
    );
    expect(res.errors).toBeUndefined();
    const { account, temporaryPassword } = res.data!.createAccount;
    expect(account).toMatchObject({
      username: 'clerk_a1',
      displayName: '石门村文书',
      roles: [],
      divisionCode: VILLAGE_A1,
      mustChangePassword: true,
      disabled: false,
      version: 1,
    });
    expect(temporaryPassword).toMatch(/^.{16}$/);
    expect(
      (await login(h, 'clerk_a1', temporaryPassword, '198.51.100.10')).data?.login.account.mustChangePassword,
    ).toBe(true);
    const [audit] = await auditRows(h, `action = 'ACCOUNT_CREATE'`);
    expect(audit).toMatchObject({ actor_name: 'sysadmin', subject_id: account.id, division_code: VILLAGE_A1 });
    expect(audit!.detail).toContain('clerk_a1');
    expect(audit!.detail).not.toContain(temporaryPassword);
  });

  it('names the field of a bad username, display name or division code', async () => {
    const bad: [Record<string, string>, string, RegExp][] = [
      [{ username: 'ab' }, 'username', /3–32 位/],
      [{ username: 'Upper_Case' }, 'username', /小写字母/],
      [{ username: 'x'.repeat(33) }, 'username', /3–32/],
      [{ username: 'sec_a1' }, 'username', /已被使用/],
      [{ displayName: '   ' }, 'displayName', /1–50/],
      [{ displayName: '名'.repeat(51) }, 'displayName', /1–50/],
      [{ displayName: '坏\u0007名' }, 'displayName', /控制字符/],
      [{ divisionCode: '43099900' }, 'divisionCode', /6 位/],
      [{ divisionCode: '430999009009' }, 'divisionCode', /不存在/],
      [{ divisionCode: '431000' }, 'divisionCode', /不在您的管辖范围内/],
    ];
    for (const [change, field, why] of bad) {
      const res = await h.gql(
        CREATE,
        { i: { username: 'ok_name', displayName: '好名字', divisionCode: VILLAGE_A1, ...change } },
        t.sysadmin,
      );
      // the request guard may name the argument path (input.displayName)
      // control characters are the request guard's (BAD_USER_INPUT, naming the argument path); the rest the module's
      const guard = /控制字符/.test(why.source);
      expect(res.errors?.[0].extensions, JSON.stringify(change)).toEqual({
        code: guard ? 'BAD_USER_INPUT' : `ACCOUNT_${field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_INVALID`,
        field: expect.stringMatching(new RegExp(`(^|\\.)${field}$`)),
      });
      expect(res.errors?.[0].message, JSON.stringify(change)).toMatch(why);
    }
    // a township's system administrator creates accounts in the own township only
    expect(
      res(
        await h.gql(CREATE, { i: { username: 'far_away', displayName: '外乡', divisionCode: VILLAGE_B1 } }, t.town_sys),
      ),
    ).toEqual({ code: 'ACCOUNT_DIVISION_CODE_INVALID', field: 'divisionCode' });
  });

  it('is refused for the security administrator, the auditor and business roles', async () => {
    await refusedForOthers('sysadmin', (tok) =>
      h.gql(CREATE, { i: { username: 'nope_user', displayName: '无', divisionCode: VILLAGE_A1 } }, tok),
    );
  });
});

describe('editing, disabling and resetting (system administrator)', () => {
  it('changes the display name and the jurisdiction, with CONFLICT for a stale version, and ends the sessions on a move', async () => {
    const s = await login(h, 'cadre_a1', undefined, '198.51.100.15');
    const v = await version('cadre_a1');
    const moved = await h.gql<{ updateAccount: AccountView }>(
      UPDATE,
      { id: accountId('cadre_a1'), v, i: { displayName: '赵红梅（调任）', divisionCode: '430999001002' } },
      t.sysadmin,
    );
    expect(moved.data?.updateAccount).toMatchObject({
      displayName: '赵红梅（调任）',
      divisionCode: '430999001002',
      version: v + 1,
    });
    expect(code(await h.gql(UPDATE, { id: accountId('cadre_a1'), v, i: { displayName: '又改' } }, t.sysadmin))).toBe(
      'CONFLICT',
    );
    expect(
      code(
        await h.gql('mutation($t: String) { refresh(refreshToken: $t) { accessToken } }', {
          t: s.data!.login.refreshToken,
        }),
      ),
    ).toBe('INVALID_REFRESH_TOKEN');
    // CADRE works at township or village level, not the county
    expect(
      res(await h.gql(UPDATE, { id: accountId('cadre_a1'), v: v + 1, i: { divisionCode: COUNTY } }, t.sysadmin)),
    ).toEqual({ code: 'ACCOUNT_DIVISION_CODE_INVALID', field: 'divisionCode' });
    const [audit] = await auditRows(h, `action = 'ACCOUNT_UPDATE'`);
    expect(audit!.detail).toContain('管辖区划：430999001001 → 430999001002');
    await refusedForOthers('sysadmin', (tok) =>
      h.gql(UPDATE, { id: accountId('cadre_a1'), v: v + 1, i: { displayName: 'x' } }, tok),
    );
  });

  it('disables and re-enables an account; a disabled account cannot log in; nobody disables themselves', async () => {
    const before = await login(h, 'town_a', undefined, '198.51.100.20');
    expect(before.data).toBeTruthy();
    const off = await h.gql<{ setAccountDisabled: AccountView }>(
      DISABLE,
      { id: accountId('town_a'), d: true, v: await version('town_a') },
      t.sysadmin,
    );
    expect(off.data?.setAccountDisabled).toMatchObject({ disabled: true, status: 'DISABLED' });
    expect(code(await login(h, 'town_a', undefined, '198.51.100.21'))).toBe('INVALID_CREDENTIALS');
    expect(
      code(
        await h.gql('mutation($t: String) { refresh(refreshToken: $t) { accessToken } }', {
          t: before.data!.login.refreshToken,
        }),
      ),
    ).toBe('INVALID_REFRESH_TOKEN');
    await refusedForOthers('sysadmin', (tok) =>
      h.gql(DISABLE, { id: accountId('town_a'), d: false, v: off.data!.setAccountDisabled.version }, tok),
    );
    const on = await h.gql<{ setAccountDisabled: AccountView }>(
      DISABLE,
      { id: accountId('town_a'), d: false, v: off.data!.setAccountDisabled.version },
      t.sysadmin,
    );
    expect(on.data?.setAccountDisabled.status).toBe('ACTIVE');
    expect((await login(h, 'town_a', undefined, '198.51.100.22')).data).toBeTruthy();
    const self = await h.gql(DISABLE, { id: accountId('sysadmin'), d: true, v: await version('sysadmin') }, t.sysadmin);
    expect(self.errors?.[0]).toMatchObject({
      message: '不能停用自己的账号',
      extensions: { code: 'SELF_CHANGE_REFUSED', field: 'id' },
    });
    expect((await auditRows(h, `action in ('ACCOUNT_DISABLE', 'ACCOUNT_ENABLE')`)).map((r) => r.action)).toEqual([
      'ACCOUNT_DISABLE',
      'ACCOUNT_ENABLE',
    ]);
  });

  it('resets a password: a new temporary password, the old one and the sessions end, the user must change it', async () => {
    const s = await login(h, 'sec_b1', undefined, '198.51.100.30');
    const reset = await h.gql<{ resetPassword: { temporaryPassword: string; account: AccountView } }>(
      RESET,
      { id: accountId('sec_b1') },
      t.sysadmin,
    );
    expect(reset.data?.resetPassword.account.mustChangePassword).toBe(true);
    expect(code(await login(h, 'sec_b1', undefined, '198.51.100.31'))).toBe('INVALID_CREDENTIALS');
    expect(
      code(
        await h.gql('mutation($t: String) { refresh(refreshToken: $t) { accessToken } }', {
          t: s.data!.login.refreshToken,
        }),
      ),
    ).toBe('INVALID_REFRESH_TOKEN');
    const fresh = await login(h, 'sec_b1', reset.data!.resetPassword.temporaryPassword, '198.51.100.32');
    expect(fresh.data?.login.account).toMatchObject({ mustChangePassword: true, permissions: [] });
    expect(code(await h.gql(RESET, { id: accountId('sysadmin') }, t.sysadmin))).toBe('SELF_CHANGE_REFUSED');
    await refusedForOthers('sysadmin', (tok) => h.gql(RESET, { id: accountId('sec_b1') }, tok));
    const [audit] = await auditRows(h, `action = 'PASSWORD_RESET'`);
    expect(audit).toMatchObject({ actor_name: 'sysadmin', subject_id: accountId('sec_b1') });
    expect(audit!.detail).not.toContain(reset.data!.resetPassword.temporaryPassword);
  });
});

describe('roles and unlocking (security administrator)', () => {
  it('assigns roles, ending the sessions so the new roles apply', async () => {
    const s = await login(h, 'sec_a1', undefined, '198.51.100.40');
    const v = await version('sec_a1');
    const res = await h.gql<{ assignRoles: AccountView }>(
      ASSIGN,
      { id: accountId('sec_a1'), v, r: ['VILLAGE_SECRETARY', 'CADRE'] },
      t.secadmin,
    );
    expect(res.data?.assignRoles.roles).toEqual(['VILLAGE_SECRETARY', 'CADRE']);
    expect(
      code(
        await h.gql('mutation($t: String) { refresh(refreshToken: $t) { accessToken } }', {
          t: s.data!.login.refreshToken,
        }),
      ),
    ).toBe('INVALID_REFRESH_TOKEN');
    expect(code(await h.gql(ASSIGN, { id: accountId('sec_a1'), v, r: ['VILLAGE_SECRETARY'] }, t.secadmin))).toBe(
      'CONFLICT',
    );
    const [audit] = await auditRows(h, `action = 'ROLE_ASSIGN'`);
    expect(audit!.detail).toBe('sec_a1：村党组织书记 → 村党组织书记、联户党员干部；已退出其全部会话');
    await refusedForOthers('secadmin', (tok) =>
      h.gql(ASSIGN, { id: accountId('sec_a1'), v: v + 1, r: ['VILLAGE_SECRETARY'] }, tok),
    );
  });

  it('refuses mixing 三员 or API clients with other roles, roles that do not fit the jurisdiction, and the own roles', async () => {
    const v = await version('sec_a1');
    const cases: [string, string[], RegExp][] = [
      ['sec_a1', ['SYSTEM_ADMIN', 'VILLAGE_SECRETARY'], /须单独授予/],
      ['sec_a1', ['AUDITOR', 'SECURITY_ADMIN'], /须单独授予/],
      ['sec_a1', ['API_CLIENT', 'CADRE'], /须单独授予/],
      ['sec_a1', ['TOWNSHIP_ADMIN'], /乡镇级/],
      ['town_a', ['GRID_LEADER'], /村级/],
      ['secadmin', ['AUDITOR'], /不能修改自己的角色/],
    ];
    for (const [who, roles, why] of cases) {
      const r = await h.gql(
        ASSIGN,
        { id: accountId(who), v: who === 'sec_a1' ? v : await version(who), r: roles },
        t.secadmin,
      );
      expect(r.errors?.[0].extensions, roles.join()).toEqual({ code: 'ROLES_INVALID', field: 'roles' });
      expect(r.errors?.[0].message, roles.join()).toMatch(why);
    }
    // another security administrator may change this one's roles
    const other = await h.gql<{ assignRoles: AccountView }>(
      ASSIGN,
      { id: accountId('secadmin2'), v: await version('secadmin2'), r: ['AUDITOR'] },
      t.secadmin,
    );
    expect(other.data?.assignRoles.roles).toEqual(['AUDITOR']);
  });

  it('unlocks a locked account, audited', async () => {
    for (let i = 0; i < 5; i++) await login(h, 'cadre_a1', 'Wrong@pass2026', '198.51.100.50');
    const list = await h.gql<Accounts>(ACCOUNTS, { st: 'LOCKED' }, t.secadmin);
    expect(list.data?.accounts.edges.map((e) => e.node.username)).toEqual(['cadre_a1']);
    expect(code(await login(h, 'cadre_a1', undefined, '198.51.100.51'))).toBe('INVALID_CREDENTIALS');
    await refusedForOthers('secadmin', (tok) => h.gql(UNLOCK, { id: accountId('cadre_a1') }, tok));
    const unlocked = await h.gql<{ unlockAccount: AccountView }>(UNLOCK, { id: accountId('cadre_a1') }, t.secadmin);
    expect(unlocked.data?.unlockAccount).toMatchObject({ lockedUntil: null, status: 'ACTIVE' });
    expect((await login(h, 'cadre_a1', undefined, '198.51.100.52')).data?.login.account.username).toBe('cadre_a1');
    const [audit] = await auditRows(h, `action = 'ACCOUNT_UNLOCK'`);
    expect(audit).toMatchObject({
      actor_name: 'secadmin',
      subject_id: accountId('cadre_a1'),
      detail: '解锁 cadre_a1，失败次数清零',
    });
  });
});

describe('listing accounts', () => {
  it('lets the system and security administrators search by name, role and status, inside their division', async () => {
    const all = await h.gql<Accounts>(ACCOUNTS, { first: 100 }, t.sysadmin);
    expect(all.data?.accounts.totalCount).toBeGreaterThanOrEqual(accountFixture.accounts.length);
    const search = await h.gql<Accounts>(ACCOUNTS, { s: 'SEC_' }, t.secadmin);
    expect(search.data?.accounts.edges.map((e) => e.node.username)).toEqual(['sec_a1', 'sec_b1']);
    const admins = await h.gql<Accounts>(ACCOUNTS, { r: 'SYSTEM_ADMIN' }, t.sysadmin);
    expect(admins.data?.accounts.edges.map((e) => e.node.username)).toEqual(['sysadmin', 'town_sys']);
    const township = await h.gql<Accounts>(ACCOUNTS, { first: 100 }, t.town_sys);
    expect(township.data?.accounts.edges.every((e) => e.node.divisionCode.startsWith(TOWN_A))).toBe(true);
    const one = await h.gql<{ account: AccountView | null }>(
      `query($id: ID!) { account(id: $id) { ${ACCOUNT_FIELDS} } }`,
      { id: accountId('sec_b1') },
      t.town_sys,
    );
    expect(one.data?.account).toBeNull();
    expect(res(await h.gql(ACCOUNTS, { s: 'x'.repeat(51) }, t.sysadmin))).toEqual({
      code: 'ACCOUNT_SEARCH_INVALID',
      field: 'search',
    });
    for (const who of ['auditor', 'county', 'sec_a1'])
      expect(code(await h.gql(ACCOUNTS, {}, t[who])), who).toBe('FORBIDDEN');
  });

  it('shows the 三员 no business records through an account (its cadre)', async () => {
    const one = await h.gql<{ account: { cadre: { id: string } | null } }>(
      'query($id: ID!) { account(id: $id) { cadre { id name } } }',
      { id: accountId('cadre_a1') },
      t.sysadmin,
    );
    expect(one.data?.account.cadre).toBeNull();
  });
});

describe('security settings (security administrator)', () => {
  const GET =
    '{ securitySettings { maxFailedLogins lockMinutes idleMinutes loginsPerMinutePerUser loginsPerMinutePerAddress } }';
  const SET =
    'mutation($i: SecuritySettingsInput!) { updateSecuritySettings(input: $i) { maxFailedLogins lockMinutes idleMinutes loginsPerMinutePerUser loginsPerMinutePerAddress } }';

  it('reads the defaults, saves a change, checks ranges naming the field, and audits what changed', async () => {
    expect((await h.gql(GET, {}, t.secadmin)).data).toEqual({
      securitySettings: {
        maxFailedLogins: 5,
        lockMinutes: 15,
        idleMinutes: 30,
        loginsPerMinutePerUser: 10,
        loginsPerMinutePerAddress: 30,
      },
    });
    const set = await h.gql(SET, { i: { maxFailedLogins: 6, lockMinutes: 30 } }, t.secadmin);
    expect(set.data).toMatchObject({
      updateSecuritySettings: { maxFailedLogins: 6, lockMinutes: 30, idleMinutes: 30 },
    });
    for (const [key, value] of [
      ['maxFailedLogins', 2],
      ['lockMinutes', 0],
      ['idleMinutes', 721],
      ['loginsPerMinutePerUser', 101],
      ['loginsPerMinutePerAddress', 9],
    ] as const) {
      expect(res(await h.gql(SET, { i: { [key]: value } }, t.secadmin)), key).toEqual({
        code: `SECURITY_SETTING_${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_INVALID`,
        field: key,
      });
    }
    const [audit] = await auditRows(h, `action = 'SETTINGS_CHANGE'`);
    expect(audit).toMatchObject({
      actor_name: 'secadmin',
      detail: '锁定前允许输错密码的次数：5 → 6；锁定时长（分钟）：15 → 30',
    });
    expect((await login(h, 'nobody_x', 'Wrong@pass2026', '198.51.100.60')).errors?.[0].message).toBe(
      '用户名或密码错误（连续失败 6 次将锁定 30 分钟）',
    );
    await h.gql(SET, { i: { maxFailedLogins: 5, lockMinutes: 15 } }, t.secadmin);
    await refusedForOthers('secadmin', (tok) => h.gql(GET, {}, tok));
    await refusedForOthers('secadmin', (tok) => h.gql(SET, { i: { lockMinutes: 20 } }, tok));
  });
});
