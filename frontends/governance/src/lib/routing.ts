import { navigateToUrl } from 'single-spa';
import { useSyncExternalStore } from 'react';

/** The pages of the module; `/governance` alone shows the household register. */
export type GovernanceRoute =
  | { page: 'households' }
  | { page: 'household'; id: string }
  | { page: 'territory' }
  | { page: 'import' }
  | { page: 'pairing' }
  | { page: 'visit-new'; householdId: string | null }
  | { page: 'visits' }
  | { page: 'cards' }
  | { page: 'not-found' };

export type PageName = GovernanceRoute['page'];

export const BASE_PATH = '/governance';

/** Reads a pathname (and query string) of the module into a route. */
export function parseRoute(pathname: string, search = ''): GovernanceRoute {
  const rest = pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname;
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (!first) return { page: 'households' };
  if (first === 'households' && !second) return { page: 'households' };
  if (first === 'households' && second && !third) return { page: 'household', id: second };
  if (
    parts.length === 1 &&
    (first === 'territory' || first === 'import' || first === 'pairing' || first === 'visits' || first === 'cards')
  ) {
    return { page: first };
  }
  if (first === 'visits' && second === 'new' && !third) {
    return { page: 'visit-new', householdId: new URLSearchParams(search).get('household') };
  }
  return { page: 'not-found' };
}

/** The URL of a route (the inverse of parseRoute). */
export function routePath(route: GovernanceRoute): string {
  switch (route.page) {
    case 'households':
    case 'not-found':
      return `${BASE_PATH}/households`;
    case 'household':
      return `${BASE_PATH}/households/${encodeURIComponent(route.id)}`;
    case 'visit-new':
      return route.householdId
        ? `${BASE_PATH}/visits/new?household=${encodeURIComponent(route.householdId)}`
        : `${BASE_PATH}/visits/new`;
    default:
      return `${BASE_PATH}/${route.page}`;
  }
}

function subscribe(listener: () => void): () => void {
  // single-spa turns every pushState/replaceState into a popstate event.
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const currentUrl = (): string => window.location.pathname + window.location.search;

/** The current route; re-renders on every navigation. */
export function useRoute(): GovernanceRoute {
  const url = useSyncExternalStore(subscribe, currentUrl, currentUrl);
  const [pathname, search = ''] = url.split('?');
  return parseRoute(pathname, search ? `?${search}` : '');
}

export function navigate(route: GovernanceRoute): void {
  navigateToUrl(routePath(route));
}
