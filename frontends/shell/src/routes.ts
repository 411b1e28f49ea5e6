import { CHANGE_PASSWORD_PATH, LOGIN_PATH, canSeeModule, homePath, moduleForPath } from '@xiangzhi/platform';

/** Where a user with no module lands (a message in the content area). */
export const NO_MODULE_PATH = '/';

/** What the routes need to know about the signed-in account. */
export interface RouteAccount {
  /** The server's grants (`me.permissions`): they decide the modules, never the roles. */
  permissions: readonly string[];
  mustChangePassword: boolean;
}

function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  // Only same-site paths: never let ?next= send the user to another origin.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/**
 * The URL to replace the current one with, or null to stay. Signed-out users go to /login
 * (remembering where they were going); an account that must change its password sees that page
 * only; signed-in users never see /login and only see the modules their permissions open.
 */
export function redirectFor(pathname: string, search: string, account: RouteAccount | null): string | null {
  if (!account) {
    if (pathname === LOGIN_PATH) return null;
    const target = moduleForPath(pathname);
    return target ? `${LOGIN_PATH}?next=${encodeURIComponent(pathname + search)}` : LOGIN_PATH;
  }
  if (account.mustChangePassword) return pathname === CHANGE_PASSWORD_PATH ? null : CHANGE_PASSWORD_PATH;
  if (pathname === CHANGE_PASSWORD_PATH) return null;
  const home = homePath(account.permissions) ?? NO_MODULE_PATH;
  if (pathname === LOGIN_PATH) {
    const next = safeNext(search);
    const nextModule = next ? moduleForPath(next.split('?')[0]) : undefined;
    return next && nextModule && canSeeModule(account.permissions, nextModule.name) ? next : home;
  }
  const current = moduleForPath(pathname);
  if (current && canSeeModule(account.permissions, current.name)) return null;
  return pathname === home ? null : home;
}

export function isModuleActive(pathname: string, account: RouteAccount | null, name: string): boolean {
  if (!account || account.mustChangePassword) return false;
  const current = moduleForPath(pathname);
  return current?.name === name && canSeeModule(account.permissions, current.name);
}
