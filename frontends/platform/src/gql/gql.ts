/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n    level\n  }\n}': typeof types.RegionsDocument;
  'fragment SessionAuth on AuthPayload {\n  accessToken\n  refreshToken\n  expiresAt\n  account {\n    id\n    username\n    displayName\n    roles\n    divisionCode\n    permissions\n    mustChangePassword\n    lastLoginAt\n    region {\n      code\n      name\n      level\n    }\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionAuth\n  }\n}\n\nmutation Refresh($refreshToken: String) {\n  refresh(refreshToken: $refreshToken) {\n    ...SessionAuth\n  }\n}\n\nmutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...SessionAuth\n  }\n}': typeof types.SessionAuthFragmentDoc;
};
const documents: Documents = {
  'query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n    level\n  }\n}':
    types.RegionsDocument,
  'fragment SessionAuth on AuthPayload {\n  accessToken\n  refreshToken\n  expiresAt\n  account {\n    id\n    username\n    displayName\n    roles\n    divisionCode\n    permissions\n    mustChangePassword\n    lastLoginAt\n    region {\n      code\n      name\n      level\n    }\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionAuth\n  }\n}\n\nmutation Refresh($refreshToken: String) {\n  refresh(refreshToken: $refreshToken) {\n    ...SessionAuth\n  }\n}\n\nmutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...SessionAuth\n  }\n}':
    types.SessionAuthFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Regions($parentCode: String) {\n  regions(parentCode: $parentCode) {\n    code\n    name\n    level\n  }\n}',
): typeof import('./graphql').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SessionAuth on AuthPayload {\n  accessToken\n  refreshToken\n  expiresAt\n  account {\n    id\n    username\n    displayName\n    roles\n    divisionCode\n    permissions\n    mustChangePassword\n    lastLoginAt\n    region {\n      code\n      name\n      level\n    }\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionAuth\n  }\n}\n\nmutation Refresh($refreshToken: String) {\n  refresh(refreshToken: $refreshToken) {\n    ...SessionAuth\n  }\n}\n\nmutation Logout($refreshToken: String) {\n  logout(refreshToken: $refreshToken)\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n    ...SessionAuth\n  }\n}',
): typeof import('./graphql').SessionAuthFragmentDoc;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
