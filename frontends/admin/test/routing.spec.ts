import { describe, expect, it } from 'vitest';
import { createModuleRouter, type RouteOf } from '@xiangzhi/platform/routing';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

// The module's own table through the platform router (the one every module uses).
type AdminRoute = RouteOf<typeof ROUTES>;
const { parse: parseRoute, path: routePath } = createModuleRouter(BASE_PATH, ROUTES);

describe('admin routes', () => {
  it('reads every page from its path and back', () => {
    const routes: AdminRoute[] = [
      { page: 'accounts' },
      { page: 'account-new' },
      { page: 'account', id: '0190f3a2-1111-7000-8000-000000000001' },
      { page: 'security' },
      { page: 'audit' },
    ];
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });

  it('opens the home page at /admin and says "not found" for anything else', () => {
    expect(parseRoute('/admin')).toEqual({ page: 'home' });
    expect(parseRoute('/admin/')).toEqual({ page: 'home' });
    expect(parseRoute('/admin/accounts/a/b')).toEqual({ page: 'not-found' });
    expect(parseRoute('/admin/settings')).toEqual({ page: 'not-found' });
  });
});
