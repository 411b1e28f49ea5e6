import type { Permission } from './session/session-types';

export type ModuleName = 'governance' | 'meetings' | 'points' | 'admin';

export interface ModuleRoute {
  name: ModuleName;
  /** The single-spa application name and import-map key. */
  appName: `@xiangzhi/${ModuleName}`;
  path: `/${ModuleName}`;
  labelKey: string;
  /** The module is shown to an account holding any of these (the server's permission table). */
  anyOf: readonly Permission[];
}

export const LOGIN_PATH = '/login';
/** Where a new account or a reset password is sent before anything else. */
export const CHANGE_PASSWORD_PATH = '/password';

/** The duties of the 三员: accounts and settings, roles and lockouts, the audit log. */
export const ADMIN_PERMISSIONS: readonly Permission[] = [
  'ACCOUNT_READ',
  'ACCOUNT_MANAGE',
  'ROLE_ASSIGN',
  'ACCOUNT_UNLOCK',
  'SECURITY_SETTINGS_MANAGE',
  'SYSTEM_SETTINGS_MANAGE',
  'AUDIT_READ',
];

// The server's permission table decides who sees what; the 三员 hold no business permission,
// so they see the admin module only, and business roles never see it.
export const MODULE_ROUTES: readonly ModuleRoute[] = [
  {
    name: 'governance',
    appName: '@xiangzhi/governance',
    path: '/governance',
    labelKey: 'nav.governance',
    anyOf: ['REGISTER_READ'],
  },
  {
    name: 'meetings',
    appName: '@xiangzhi/meetings',
    path: '/meetings',
    labelKey: 'nav.meetings',
    anyOf: ['MEETING_READ'],
  },
  { name: 'points', appName: '@xiangzhi/points', path: '/points', labelKey: 'nav.points', anyOf: ['POINTS_READ'] },
  { name: 'admin', appName: '@xiangzhi/admin', path: '/admin', labelKey: 'nav.admin', anyOf: ADMIN_PERMISSIONS },
];

/** Whether the account holds `permission` (the server checks again; this only hides what it would refuse). */
export function hasPermission(permissions: readonly string[], permission: Permission): boolean {
  return permissions.includes(permission);
}

export function visibleModules(permissions: readonly string[]): ModuleRoute[] {
  return MODULE_ROUTES.filter((route) => route.anyOf.some((permission) => permissions.includes(permission)));
}

export function canSeeModule(permissions: readonly string[], name: ModuleName): boolean {
  return visibleModules(permissions).some((route) => route.name === name);
}

/** Where a user lands after login: the first module the permissions open, null when there is none. */
export function homePath(permissions: readonly string[]): string | null {
  return visibleModules(permissions)[0]?.path ?? null;
}

/** The module whose path prefixes `pathname`, if any. */
export function moduleForPath(pathname: string): ModuleRoute | undefined {
  return MODULE_ROUTES.find((route) => pathname === route.path || pathname.startsWith(`${route.path}/`));
}
