import { describe, expect, it } from 'vitest';
import { createModuleRouter, type RouteOf } from '@xiangzhi/platform/routing';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

// The module's own table through the platform router (the one every module uses).
type GovernanceRoute = RouteOf<typeof ROUTES>;
const { parse: parseRoute, path: routePath } = createModuleRouter(BASE_PATH, ROUTES);

describe('module routes', () => {
  it.each<[string, string, GovernanceRoute]>([
    ['/governance', '', { page: 'households' }],
    ['/governance/', '', { page: 'households' }],
    ['/governance/households', '', { page: 'households' }],
    ['/governance/households/0192f1c4-aaaa', '', { page: 'household', id: '0192f1c4-aaaa' }],
    ['/governance/territory', '', { page: 'territory' }],
    ['/governance/import', '', { page: 'import' }],
    ['/governance/pairing', '', { page: 'pairing' }],
    ['/governance/visits', '', { page: 'visits' }],
    ['/governance/visits/new', '', { page: 'visit-new', household: null }],
    ['/governance/visits/new', '?household=h1', { page: 'visit-new', household: 'h1' }],
    ['/governance/cards', '', { page: 'cards' }],
    ['/governance/nowhere', '', { page: 'not-found' }],
    ['/governance/households/a/b', '', { page: 'not-found' }],
  ])('%s%s', (pathname, search, route) => {
    expect(parseRoute(pathname, search)).toEqual(route);
  });

  it.each<GovernanceRoute>([
    { page: 'households' },
    { page: 'household', id: 'a b/c' },
    { page: 'visit-new', household: 'h 1' },
    { page: 'visit-new', household: null },
    { page: 'pairing' },
  ])('routePath and parseRoute are inverse for %o', (route) => {
    const [pathname, query = ''] = routePath(route).split('?');
    expect(parseRoute(pathname, query ? `?${query}` : '')).toEqual(route);
  });
});
