import { ROLES, type Role } from './session/session-types';

export type ModuleName = 'governance' | 'meetings' | 'points';

export interface ModuleRoute {
  name: ModuleName;
  /** The single-spa application name and import-map key. */
  appName: `@xiangzhi/${ModuleName}`;
  path: `/${ModuleName}`;
  labelKey: string;
  roles: readonly Role[];
}

export const LOGIN_PATH = '/login';

// The 三员 (system, security, audit admins) and API clients see no business module; county
// departments read the ledger and the rankings (DESIGN.md, Access); every other role sees all.
const NOT_PORTAL: readonly Role[] = ['COUNTY_DEPARTMENT', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'API_CLIENT'];
const PORTAL_ROLES: readonly Role[] = ROLES.filter((role) => !NOT_PORTAL.includes(role));

export const MODULE_ROUTES: readonly ModuleRoute[] = [
  {
    name: 'governance',
    appName: '@xiangzhi/governance',
    path: '/governance',
    labelKey: 'nav.governance',
    roles: [...PORTAL_ROLES, 'COUNTY_DEPARTMENT'],
  },
  { name: 'meetings', appName: '@xiangzhi/meetings', path: '/meetings', labelKey: 'nav.meetings', roles: PORTAL_ROLES },
  {
    name: 'points',
    appName: '@xiangzhi/points',
    path: '/points',
    labelKey: 'nav.points',
    roles: [...PORTAL_ROLES, 'COUNTY_DEPARTMENT'],
  },
];

export function visibleModules(roles: readonly Role[]): ModuleRoute[] {
  return MODULE_ROUTES.filter((route) => route.roles.some((role) => roles.includes(role)));
}

export function canSeeModule(roles: readonly Role[], name: ModuleName): boolean {
  return visibleModules(roles).some((route) => route.name === name);
}

/** Where a user lands after login: the first module the roles see, null when there is none. */
export function homePath(roles: readonly Role[]): string | null {
  return visibleModules(roles)[0]?.path ?? null;
}

/** The module whose path prefixes `pathname`, if any. */
export function moduleForPath(pathname: string): ModuleRoute | undefined {
  return MODULE_ROUTES.find((route) => pathname === route.path || pathname.startsWith(`${route.path}/`));
}
