/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type RegionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;

export type RegionsQuery = { regions: Array<{ code: string; name: string; level: RegionLevel }> };

export type SessionAuthFragment = {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  account: {
    id: string;
    username: string;
    displayName: string;
    roles: Array<Role>;
    divisionCode: string;
    permissions: Array<string>;
    mustChangePassword: boolean;
    lastLoginAt: string | null;
    region: { code: string; name: string; level: RegionLevel } | null;
  };
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    accessToken: string;
    refreshToken: string;
    expiresAt: string;
    account: {
      id: string;
      username: string;
      displayName: string;
      roles: Array<Role>;
      divisionCode: string;
      permissions: Array<string>;
      mustChangePassword: boolean;
      lastLoginAt: string | null;
      region: { code: string; name: string; level: RegionLevel } | null;
    };
  };
};

export type RefreshMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;

export type RefreshMutation = {
  refresh: {
    accessToken: string;
    refreshToken: string;
    expiresAt: string;
    account: {
      id: string;
      username: string;
      displayName: string;
      roles: Array<Role>;
      divisionCode: string;
      permissions: Array<string>;
      mustChangePassword: boolean;
      lastLoginAt: string | null;
      region: { code: string; name: string; level: RegionLevel } | null;
    };
  };
};

export type LogoutMutationVariables = Exact<{
  refreshToken?: string | null | undefined;
}>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = {
  changePassword: {
    accessToken: string;
    refreshToken: string;
    expiresAt: string;
    account: {
      id: string;
      username: string;
      displayName: string;
      roles: Array<Role>;
      divisionCode: string;
      permissions: Array<string>;
      mustChangePassword: boolean;
      lastLoginAt: string | null;
      region: { code: string; name: string; level: RegionLevel } | null;
    };
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
export const SessionAuthFragmentDoc = new TypedDocumentString(
  `
    fragment SessionAuth on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  account {
    id
    username
    displayName
    roles
    divisionCode
    permissions
    mustChangePassword
    lastLoginAt
    region {
      code
      name
      level
    }
  }
}
    `,
  { fragmentName: 'SessionAuth' },
) as unknown as TypedDocumentString<SessionAuthFragment, unknown>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions($parentCode: String) {
  regions(parentCode: $parentCode) {
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    ...SessionAuth
  }
}
    fragment SessionAuth on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  account {
    id
    username
    displayName
    roles
    divisionCode
    permissions
    mustChangePassword
    lastLoginAt
    region {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String) {
  refresh(refreshToken: $refreshToken) {
    ...SessionAuth
  }
}
    fragment SessionAuth on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  account {
    id
    username
    displayName
    roles
    divisionCode
    permissions
    mustChangePassword
    lastLoginAt
    region {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    ...SessionAuth
  }
}
    fragment SessionAuth on AuthPayload {
  accessToken
  refreshToken
  expiresAt
  account {
    id
    username
    displayName
    roles
    divisionCode
    permissions
    mustChangePassword
    lastLoginAt
    region {
      code
      name
      level
    }
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
