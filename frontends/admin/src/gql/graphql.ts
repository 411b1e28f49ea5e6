/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 账号状态 / Account status */
export type AccountStatus =
  /** 正常 */
  | 'ACTIVE'
  /** 已停用 */
  | 'DISABLED'
  /** 已锁定（连续输错密码） */
  | 'LOCKED';

/** 审计动作 / Audited action */
export type AuditAction =
  /** 创建账号 */
  | 'ACCOUNT_CREATE'
  /** 停用账号 */
  | 'ACCOUNT_DISABLE'
  /** 启用账号 */
  | 'ACCOUNT_ENABLE'
  /** 解锁账号 */
  | 'ACCOUNT_UNLOCK'
  /** 修改账号 */
  | 'ACCOUNT_UPDATE'
  /** 导出 */
  | 'EXPORT'
  /** 导入 */
  | 'IMPORT'
  /** 登录 */
  | 'LOGIN'
  /** 登录失败 */
  | 'LOGIN_FAILED'
  /** 退出登录 */
  | 'LOGOUT'
  /** 按身份证号或电话查找 */
  | 'LOOKUP'
  /** 修改密码 */
  | 'PASSWORD_CHANGE'
  /** 重置密码 */
  | 'PASSWORD_RESET'
  /** 权限变更 */
  | 'PERMISSION_CHANGE'
  /** 分配角色 */
  | 'ROLE_ASSIGN'
  /** 会话被吊销 */
  | 'SESSION_REVOKED'
  /** 修改安全设置 */
  | 'SETTINGS_CHANGE'
  /** 查看明文 */
  | 'UNMASK';

/** 结果 / Outcome */
export type AuditOutcome =
  /** 失败 */
  | 'FAILURE'
  /** 成功 */
  | 'SUCCESS';

/** 新建账号（角色由安全管理员另行分配）/ A new account */
export type CreateAccountInput = {
  /** 显示名称（1–50 个字） */
  displayName: string;
  /** 管辖区划代码（6 位县、9 位乡镇或 12 位村，须已存在且在本人管辖范围内） */
  divisionCode: string;
  /** 用户名：3–32 位小写字母、数字或下划线，创建后不能修改 */
  username: string;
};

/** 行政区划层级 / Division level */
export type RegionLevel =
  /** 县（市、区） */
  | 'COUNTY'
  /** 乡镇（街道） */
  | 'TOWNSHIP'
  /** 村（社区） */
  | 'VILLAGE';

/** 角色 / Role */
export type Role =
  /** 数据接口客户端 */
  | 'API_CLIENT'
  /** 安全审计员 */
  | 'AUDITOR'
  /** 联户党员干部 */
  | 'CADRE'
  /** 县级管理员 */
  | 'COUNTY_ADMIN'
  /** 县直部门 */
  | 'COUNTY_DEPARTMENT'
  /** 网格长 */
  | 'GRID_LEADER'
  /** 安全管理员 */
  | 'SECURITY_ADMIN'
  /** 系统管理员 */
  | 'SYSTEM_ADMIN'
  /** 乡镇管理员 */
  | 'TOWNSHIP_ADMIN'
  /** 包村领导 */
  | 'TOWNSHIP_LEADER'
  /** 村两委成员 */
  | 'VILLAGE_COMMITTEE'
  /** 村党组织书记 */
  | 'VILLAGE_SECRETARY';

/** 修改安全设置：只改给出的项 / Security settings to change */
export type SecuritySettingsInput = {
  /** 会话空闲超时，分钟（5–720） */
  idleMinutes?: number | null | undefined;
  /** 锁定时长，分钟（1–1440） */
  lockMinutes?: number | null | undefined;
  /** 同一客户端地址每分钟最多登录尝试次数（10–1000） */
  loginsPerMinutePerAddress?: number | null | undefined;
  /** 同一用户名每分钟最多登录尝试次数（3–100） */
  loginsPerMinutePerUser?: number | null | undefined;
  /** 连续输错密码几次后锁定账号（3–10） */
  maxFailedLogins?: number | null | undefined;
};

/** 修改账号：只改给出的项 / Account changes */
export type UpdateAccountInput = {
  /** 显示名称（1–50 个字） */
  displayName?: string | null | undefined;
  /** 管辖区划代码；修改后该账号须重新登录 */
  divisionCode?: string | null | undefined;
};

export type AdminAccountRowFragment = {
  id: string;
  username: string;
  displayName: string;
  roles: Array<Role>;
  divisionCode: string;
  status: AccountStatus;
  lastLoginAt: string | null;
  region: { code: string; name: string } | null;
};

export type AdminAccountDetailFragment = {
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  version: number;
  id: string;
  username: string;
  displayName: string;
  roles: Array<Role>;
  divisionCode: string;
  status: AccountStatus;
  lastLoginAt: string | null;
  region: { code: string; name: string } | null;
};

export type AdminAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  role?: Role | null | undefined;
  status?: AccountStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminAccountsQuery = {
  accounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        username: string;
        displayName: string;
        roles: Array<Role>;
        divisionCode: string;
        status: AccountStatus;
        lastLoginAt: string | null;
        region: { code: string; name: string } | null;
      };
    }>;
  };
};

export type AdminAccountQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminAccountQuery = {
  account: {
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    createdAt: string;
    version: number;
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    status: AccountStatus;
    lastLoginAt: string | null;
    region: { code: string; name: string } | null;
  } | null;
};

export type AdminCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;

export type AdminCreateAccountMutation = {
  createAccount: {
    temporaryPassword: string;
    account: {
      disabled: boolean;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      createdAt: string;
      version: number;
      id: string;
      username: string;
      displayName: string;
      roles: Array<Role>;
      divisionCode: string;
      status: AccountStatus;
      lastLoginAt: string | null;
      region: { code: string; name: string } | null;
    };
  };
};

export type AdminUpdateAccountMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateAccountInput;
}>;

export type AdminUpdateAccountMutation = {
  updateAccount: {
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    createdAt: string;
    version: number;
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    status: AccountStatus;
    lastLoginAt: string | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminSetAccountDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
  version: number;
}>;

export type AdminSetAccountDisabledMutation = {
  setAccountDisabled: {
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    createdAt: string;
    version: number;
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    status: AccountStatus;
    lastLoginAt: string | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminResetPasswordMutationVariables = Exact<{
  id: string | number;
}>;

export type AdminResetPasswordMutation = {
  resetPassword: {
    temporaryPassword: string;
    account: {
      disabled: boolean;
      lockedUntil: string | null;
      mustChangePassword: boolean;
      createdAt: string;
      version: number;
      id: string;
      username: string;
      displayName: string;
      roles: Array<Role>;
      divisionCode: string;
      status: AccountStatus;
      lastLoginAt: string | null;
      region: { code: string; name: string } | null;
    };
  };
};

export type AdminAssignRolesMutationVariables = Exact<{
  id: string | number;
  version: number;
  roles: Array<Role> | Role;
}>;

export type AdminAssignRolesMutation = {
  assignRoles: {
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    createdAt: string;
    version: number;
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    status: AccountStatus;
    lastLoginAt: string | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminUnlockAccountMutationVariables = Exact<{
  id: string | number;
}>;

export type AdminUnlockAccountMutation = {
  unlockAccount: {
    disabled: boolean;
    lockedUntil: string | null;
    mustChangePassword: boolean;
    createdAt: string;
    version: number;
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    status: AccountStatus;
    lastLoginAt: string | null;
    region: { code: string; name: string } | null;
  };
};

export type AdminAuditRecordsQueryVariables = Exact<{
  actor?: string | null | undefined;
  action?: AuditAction | null | undefined;
  subjectId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AdminAuditRecordsQuery = {
  auditRecords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        at: string;
        action: AuditAction;
        outcome: AuditOutcome;
        actorId: string | null;
        actorName: string;
        clientAddress: string | null;
        subjectType: string;
        subjectId: string | null;
        divisionCode: string;
        reason: string;
        detail: string | null;
      };
    }>;
  };
};

export type AdminExportAuditRecordsQueryVariables = Exact<{
  actor?: string | null | undefined;
  action?: AuditAction | null | undefined;
  subjectId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type AdminExportAuditRecordsQuery = {
  exportAuditRecords: { fileName: string; contentType: string; contentBase64: string };
};

export type AdminDivisionChildrenQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;

export type AdminDivisionChildrenQuery = { regions: Array<{ code: string; name: string; level: RegionLevel }> };

export type AdminDivisionRootQueryVariables = Exact<{
  code: string;
}>;

export type AdminDivisionRootQuery = { region: { code: string; name: string; level: RegionLevel } | null };

export type AdminSecuritySettingsFragment = {
  maxFailedLogins: number;
  lockMinutes: number;
  idleMinutes: number;
  loginsPerMinutePerUser: number;
  loginsPerMinutePerAddress: number;
  updatedAt: string | null;
};

export type AdminSecuritySettingsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminSecuritySettingsQuery = {
  securitySettings: {
    maxFailedLogins: number;
    lockMinutes: number;
    idleMinutes: number;
    loginsPerMinutePerUser: number;
    loginsPerMinutePerAddress: number;
    updatedAt: string | null;
  };
};

export type AdminUpdateSecuritySettingsMutationVariables = Exact<{
  input: SecuritySettingsInput;
}>;

export type AdminUpdateSecuritySettingsMutation = {
  updateSecuritySettings: {
    maxFailedLogins: number;
    lockMinutes: number;
    idleMinutes: number;
    loginsPerMinutePerUser: number;
    loginsPerMinutePerAddress: number;
    updatedAt: string | null;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminAccountRowFragmentDoc = new TypedDocumentString(
  `
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
    `,
  { fragmentName: 'AdminAccountRow' },
) as unknown as TypedDocumentString<AdminAccountRowFragment, unknown>;
export const AdminAccountDetailFragmentDoc = new TypedDocumentString(
  `
    fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}`,
  { fragmentName: 'AdminAccountDetail' },
) as unknown as TypedDocumentString<AdminAccountDetailFragment, unknown>;
export const AdminSecuritySettingsFragmentDoc = new TypedDocumentString(
  `
    fragment AdminSecuritySettings on SecuritySettings {
  maxFailedLogins
  lockMinutes
  idleMinutes
  loginsPerMinutePerUser
  loginsPerMinutePerAddress
  updatedAt
}
    `,
  { fragmentName: 'AdminSecuritySettings' },
) as unknown as TypedDocumentString<AdminSecuritySettingsFragment, unknown>;
export const AdminAccountsDocument = new TypedDocumentString(`
    query AdminAccounts($search: String, $role: Role, $status: AccountStatus, $first: Int, $after: String) {
  accounts(
    search: $search
    role: $role
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AdminAccountRow
      }
    }
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}`) as unknown as TypedDocumentString<AdminAccountsQuery, AdminAccountsQueryVariables>;
export const AdminAccountDocument = new TypedDocumentString(`
    query AdminAccount($id: ID!) {
  account(id: $id) {
    ...AdminAccountDetail
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminAccountQuery, AdminAccountQueryVariables>;
export const AdminCreateAccountDocument = new TypedDocumentString(`
    mutation AdminCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    temporaryPassword
    account {
      ...AdminAccountDetail
    }
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminUpdateAccountDocument = new TypedDocumentString(`
    mutation AdminUpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, version: $version, input: $input) {
    ...AdminAccountDetail
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminUpdateAccountMutation, AdminUpdateAccountMutationVariables>;
export const AdminSetAccountDisabledDocument = new TypedDocumentString(`
    mutation AdminSetAccountDisabled($id: ID!, $disabled: Boolean!, $version: Int!) {
  setAccountDisabled(id: $id, disabled: $disabled, version: $version) {
    ...AdminAccountDetail
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminSetAccountDisabledMutation, AdminSetAccountDisabledMutationVariables>;
export const AdminResetPasswordDocument = new TypedDocumentString(`
    mutation AdminResetPassword($id: ID!) {
  resetPassword(id: $id) {
    temporaryPassword
    account {
      ...AdminAccountDetail
    }
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const AdminAssignRolesDocument = new TypedDocumentString(`
    mutation AdminAssignRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
  assignRoles(id: $id, version: $version, roles: $roles) {
    ...AdminAccountDetail
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminAssignRolesMutation, AdminAssignRolesMutationVariables>;
export const AdminUnlockAccountDocument = new TypedDocumentString(`
    mutation AdminUnlockAccount($id: ID!) {
  unlockAccount(id: $id) {
    ...AdminAccountDetail
  }
}
    fragment AdminAccountRow on Account {
  id
  username
  displayName
  roles
  divisionCode
  region {
    code
    name
  }
  status
  lastLoginAt
}
fragment AdminAccountDetail on Account {
  ...AdminAccountRow
  disabled
  lockedUntil
  mustChangePassword
  createdAt
  version
}`) as unknown as TypedDocumentString<AdminUnlockAccountMutation, AdminUnlockAccountMutationVariables>;
export const AdminAuditRecordsDocument = new TypedDocumentString(`
    query AdminAuditRecords($actor: String, $action: AuditAction, $subjectId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditRecords(
    actor: $actor
    action: $action
    subjectId: $subjectId
    from: $from
    to: $to
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        at
        action
        outcome
        actorId
        actorName
        clientAddress
        subjectType
        subjectId
        divisionCode
        reason
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditRecordsQuery, AdminAuditRecordsQueryVariables>;
export const AdminExportAuditRecordsDocument = new TypedDocumentString(`
    query AdminExportAuditRecords($actor: String, $action: AuditAction, $subjectId: ID, $from: DateTime, $to: DateTime) {
  exportAuditRecords(
    actor: $actor
    action: $action
    subjectId: $subjectId
    from: $from
    to: $to
  ) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<AdminExportAuditRecordsQuery, AdminExportAuditRecordsQueryVariables>;
export const AdminDivisionChildrenDocument = new TypedDocumentString(`
    query AdminDivisionChildren($parentCode: String) {
  regions(parentCode: $parentCode) {
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<AdminDivisionChildrenQuery, AdminDivisionChildrenQueryVariables>;
export const AdminDivisionRootDocument = new TypedDocumentString(`
    query AdminDivisionRoot($code: String!) {
  region(code: $code) {
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<AdminDivisionRootQuery, AdminDivisionRootQueryVariables>;
export const AdminSecuritySettingsDocument = new TypedDocumentString(`
    query AdminSecuritySettings {
  securitySettings {
    ...AdminSecuritySettings
  }
}
    fragment AdminSecuritySettings on SecuritySettings {
  maxFailedLogins
  lockMinutes
  idleMinutes
  loginsPerMinutePerUser
  loginsPerMinutePerAddress
  updatedAt
}`) as unknown as TypedDocumentString<AdminSecuritySettingsQuery, AdminSecuritySettingsQueryVariables>;
export const AdminUpdateSecuritySettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateSecuritySettings($input: SecuritySettingsInput!) {
  updateSecuritySettings(input: $input) {
    ...AdminSecuritySettings
  }
}
    fragment AdminSecuritySettings on SecuritySettings {
  maxFailedLogins
  lockMinutes
  idleMinutes
  loginsPerMinutePerUser
  loginsPerMinutePerAddress
  updatedAt
}`) as unknown as TypedDocumentString<
  AdminUpdateSecuritySettingsMutation,
  AdminUpdateSecuritySettingsMutationVariables
>;
