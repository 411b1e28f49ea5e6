import { LOGIN_PATH, canSeeModule, homePath, moduleForPath, type Role } from '@xiangzhi/platform';

/** Where a user with no business module lands (a message in the content area). */
export const NO_MODULE_PATH = '/';

function safeNext(search: string): string | null {
  const next = new URLSearchParams(search).get('next');
  // Only same-site paths: never let ?next= send the user to another origin.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/**
 * The URL to replace the current one with, or null to stay. Signed-out users go to /login
 * (remembering where they were going); signed-in users never see /login and only see the
 * modules of their roles.
 */
export function redirectFor(pathname: string, search: string, roles: readonly Role[] | null): string | null {
  if (!roles) {
    if (pathname === LOGIN_PATH) return null;
    const target = moduleForPath(pathname);
    return target ? `${LOGIN_PATH}?next=${encodeURIComponent(pathname + search)}` : LOGIN_PATH;
  }
  const home = homePath(roles) ?? NO_MODULE_PATH;
  if (pathname === LOGIN_PATH) {
    const next = safeNext(search);
    const nextModule = next ? moduleForPath(next.split('?')[0]) : undefined;
    return next && nextModule && canSeeModule(roles, nextModule.name) ? next : home;
  }
  const current = moduleForPath(pathname);
  if (current && canSeeModule(roles, current.name)) return null;
  return pathname === home ? null : home;
}

export function isModuleActive(pathname: string, roles: readonly Role[] | null, name: string): boolean {
  const current = moduleForPath(pathname);
  return roles !== null && current?.name === name && canSeeModule(roles, current.name);
}
