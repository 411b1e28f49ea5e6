// @xiangzhi/platform: the single-spa utility module. Loaded once per page through the import
// map, so its session, locale and GraphQL client are shared by the shell and every module.
export {
  gqlRequest,
  gqlRequestPartial,
  login,
  logout,
  changePassword,
  signOutReason,
  restoreSession,
  setIdleMinutes,
  getSession,
  subscribeSession,
  t,
  getLocale,
  setLocale,
  subscribeLocale,
  defineMessages,
  sessionStore,
  i18n,
} from './instance';
export { GraphQLRequestError, isGraphQLRequestError, CLIENT_ERROR_CODES } from './graphql/graphql-error';
export type { GraphQLVariables } from './graphql/transport';
export type { PartialResult, RequestOptions } from './graphql/gql-client';
export { nodesOf } from './graphql/connection';
export { fileObjectUrl, saveFile } from './files';
export type { FileDownload } from './files';
export type { Connection } from './graphql/connection';
export type { NodeOf, ResultOf, TypedDocument, VariablesOf } from './graphql/typed-document';
export { LOCALES, DEFAULT_LOCALE, isLocale } from './i18n/i18n-store';
export type { Locale, MessageBundle, MessageParams, Translate } from './i18n/i18n-store';
export { ROLES } from './session/session-types';
export type { Account, Permission, RegionLevel, RegionSummary, Role, Session } from './session/session-types';
export type { SignOutReason } from './session/session-channel';
export { DEFAULT_IDLE_MINUTES } from './session/idle-watch';
export { VILLAGE_CODE_LENGTH, isAboveVillage } from './session/division';
export {
  ADMIN_PERMISSIONS,
  CHANGE_PASSWORD_PATH,
  LOGIN_PATH,
  MODULE_ROUTES,
  canSeeModule,
  hasPermission,
  homePath,
  moduleForPath,
  visibleModules,
} from './navigation';
export type { ModuleName, ModuleRoute } from './navigation';
export { createModuleRouter } from './routing/module-router';
export type { LinkProps, ModuleRouter, RouteOf, RouteParams, RouteTable } from './routing/module-router';
export { AppProviders, XIANGZHI_THEME } from './react/AppProviders';
export { COLORS, MEDAL_COLORS } from './theme';
export { useLocale, useT } from './react/useT';
export { useSession } from './react/useSession';
export { useGqlQuery } from './react/useGqlQuery';
export type { QueryResult } from './react/useGqlQuery';
export { useIsPhone } from './react/useIsPhone';
export { useCursorPages } from './react/useCursorPages';
export type { CursorPages } from './react/useCursorPages';
export { usePagedQuery } from './react/usePagedQuery';
export type { PagedQuery, PagedQueryOptions, PageVariables } from './react/usePagedQuery';
export { moduleLifecycles } from './react/moduleLifecycles';
export { QueryState } from './components/QueryState';
export { CursorPager } from './components/CursorPager';
export { ConnectionPager } from './components/ConnectionPager';
export { PagedQueryState } from './components/PagedQueryState';
export { DataTable, cellTestId } from './components/DataTable';
export type { DataTableProps, TestAttributes } from './components/DataTable';
export { PageHeader } from './components/PageHeader';
export { NotFoundAlert } from './components/NotFoundAlert';
export { RegionPicker } from './components/RegionPicker';
export { moduleErrorBoundary } from './components/moduleErrorBoundary';
export { renderLoginPage } from './login/login-page';
export { loginApp } from './login/login-app';
export { ChangePasswordPage } from './password/ChangePasswordPage';
export { passwordApp } from './password/password-app';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from './password/password-rules';
export type { PasswordProblem } from './password/password-rules';
