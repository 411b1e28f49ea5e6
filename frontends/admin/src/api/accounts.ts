import type { Connection, RegionSummary, Role } from '@xiangzhi/platform';

export type AccountStatus = 'ACTIVE' | 'DISABLED' | 'LOCKED';
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['ACTIVE', 'LOCKED', 'DISABLED'];

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  divisionCode: string;
  region: Pick<RegionSummary, 'code' | 'name'> | null;
  status: AccountStatus;
  lastLoginAt: string | null;
}

export interface AccountDetail extends AccountRow {
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  version: number;
}

const ROW_FIELDS = 'id username displayName roles divisionCode region { code name } status lastLoginAt';
const DETAIL_FIELDS = `${ROW_FIELDS} disabled lockedUntil mustChangePassword createdAt version`;

export interface AccountsData {
  accounts: Connection<AccountRow>;
}

export const ACCOUNTS_QUERY = `query AdminAccounts($search: String, $role: Role, $status: AccountStatus, $first: Int, $after: String) {
  accounts(search: $search, role: $role, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${ROW_FIELDS} } }
  }
}`;

export interface AccountData {
  account: AccountDetail | null;
}

export const ACCOUNT_QUERY = `query AdminAccount($id: ID!) { account(id: $id) { ${DETAIL_FIELDS} } }`;

export interface CreatedAccount {
  account: AccountDetail;
  temporaryPassword: string;
}

export const CREATE_ACCOUNT_MUTATION = `mutation AdminCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) { temporaryPassword account { ${DETAIL_FIELDS} } }
}`;

export const UPDATE_ACCOUNT_MUTATION = `mutation AdminUpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, version: $version, input: $input) { ${DETAIL_FIELDS} }
}`;

export const SET_DISABLED_MUTATION = `mutation AdminSetAccountDisabled($id: ID!, $disabled: Boolean!, $version: Int!) {
  setAccountDisabled(id: $id, disabled: $disabled, version: $version) { ${DETAIL_FIELDS} }
}`;

export const RESET_PASSWORD_MUTATION = `mutation AdminResetPassword($id: ID!) {
  resetPassword(id: $id) { temporaryPassword account { ${DETAIL_FIELDS} } }
}`;

export const ASSIGN_ROLES_MUTATION = `mutation AdminAssignRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
  assignRoles(id: $id, version: $version, roles: $roles) { ${DETAIL_FIELDS} }
}`;

export const UNLOCK_ACCOUNT_MUTATION = `mutation AdminUnlockAccount($id: ID!) { unlockAccount(id: $id) { ${DETAIL_FIELDS} } }`;
