import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';

/** The pages of the module; `/admin` alone opens the first page the account may use. */
export type AdminRoute =
  | { page: 'home' }
  | { page: 'accounts' }
  | { page: 'account-new' }
  | { page: 'account'; id: string }
  | { page: 'security' }
  | { page: 'audit' }
  | { page: 'not-found' };

export type AdminPage = AdminRoute['page'];

export const BASE_PATH = '/admin';

/** Reads a pathname of the module into a route. */
export function parseRoute(pathname: string): AdminRoute {
  const rest = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (!first) return { page: 'home' };
  if (first === 'accounts' && !second) return { page: 'accounts' };
  if (first === 'accounts' && second === 'new' && !third) return { page: 'account-new' };
  if (first === 'accounts' && second && !third) return { page: 'account', id: second };
  if (parts.length === 1 && (first === 'security' || first === 'audit')) return { page: first };
  return { page: 'not-found' };
}

/** The URL of a route (the inverse of parseRoute). */
export function routePath(route: AdminRoute): string {
  switch (route.page) {
    case 'home':
    case 'not-found':
      return BASE_PATH;
    case 'account-new':
      return `${BASE_PATH}/accounts/new`;
    case 'account':
      return `${BASE_PATH}/accounts/${encodeURIComponent(route.id)}`;
    default:
      return `${BASE_PATH}/${route.page}`;
  }
}

function subscribe(listener: () => void): () => void {
  // single-spa turns every pushState/replaceState into a popstate event.
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const currentPath = (): string => window.location.pathname;

/** The current route; re-renders on every navigation. */
export function useRoute(): AdminRoute {
  return parseRoute(useSyncExternalStore(subscribe, currentPath, currentPath));
}

export function navigate(route: AdminRoute): void {
  navigateToUrl(routePath(route));
}
