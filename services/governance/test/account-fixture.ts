import { fixture, PASSWORD, COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_B1 } from './fixture.js';
import type { GqlResult, Harness } from './harness.js';

const gid = (n: number): string => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** The shared small register plus the 三员, a second security administrator and a county admin. */
export const accountFixture: typeof fixture = {
  ...fixture,
  accounts: [
    ...fixture.accounts,
    ...(
      [
        ['sysadmin', ['SYSTEM_ADMIN'], COUNTY],
        ['secadmin', ['SECURITY_ADMIN'], COUNTY],
        ['secadmin2', ['SECURITY_ADMIN'], COUNTY],
        ['auditor', ['AUDITOR'], COUNTY],
        ['county', ['COUNTY_ADMIN'], COUNTY],
        ['town_sys', ['SYSTEM_ADMIN'], TOWN_A],
      ] as const
    ).map(([username, roles, divisionCode], i) => ({
      id: gid(400 + i),
      username,
      displayName: username,
      password: PASSWORD,
      roles: [...roles],
      divisionCode,
      cadreId: null,
      gridIds: [],
    })),
  ],
};

export const accountId = (username: string): string => {
  const a = accountFixture.accounts.find((x) => x.username === username);
  if (!a) throw new Error(`no fixture account ${username}`);
  return a.id;
};

/** A signed access token for a fixture account, without a login (logins are throttled and audited). */
export async function tokenFor(h: Harness, username: string): Promise<string> {
  const a = accountFixture.accounts.find((x) => x.username === username);
  if (!a) throw new Error(`no fixture account ${username}`);
  const { token } = await h.signer.sign({
    accountId: a.id,
    username: a.username,
    roles: a.roles as never,
    divisionCode: a.divisionCode,
    gridIds: a.gridIds,
    cadreId: a.cadreId,
  });
  return token;
}

export const ACCOUNT_FIELDS =
  'id username displayName roles divisionCode disabled lockedUntil mustChangePassword lastLoginAt createdAt version status permissions';
export const AUTH_FIELDS = `accessToken refreshToken expiresAt account { ${ACCOUNT_FIELDS} }`;

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  divisionCode: string;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  status: string;
  permissions: string[];
}
export interface AuthView {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  account: AccountView;
}

export const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation($t: String) { refresh(refreshToken: $t) { ${AUTH_FIELDS} } }`;
export const LOGOUT = 'mutation($t: String) { logout(refreshToken: $t) }';
export const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ${AUTH_FIELDS} } }`;

/** Logs in from a client address (each test uses its own, so the per-address limit is its own). */
export const login = (
  h: Harness,
  username: string,
  password = PASSWORD,
  client = '198.51.100.1',
): Promise<GqlResult<{ login: AuthView }>> =>
  h.gql<{ login: AuthView }>(LOGIN, { u: username, p: password }, undefined, { client });

export const code = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;

export interface AuditRow {
  action: string;
  outcome: string;
  actor_id: string | null;
  actor_name: string;
  client_address: string | null;
  subject_id: string | null;
  division_code: string;
  detail: string | null;
}

/** Audit records straight from the table, oldest first. */
export async function auditRows(h: Harness, where = 'true', params: unknown[] = []): Promise<AuditRow[]> {
  return h.subgraph.orm.em
    .getConnection()
    .execute<AuditRow[]>(
      `select action, outcome, actor_id, actor_name, client_address, subject_id, division_code, detail from audit_record where ${where} order by at, id`,
      params,
    );
}

export { PASSWORD, COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_B1 };
