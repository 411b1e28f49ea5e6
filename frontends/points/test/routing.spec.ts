import { createModuleRouter, type RouteOf } from '@xiangzhi/platform/routing';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

// The module's own table through the platform router (the one every module uses).
type PointsRoute = RouteOf<typeof ROUTES>;
const { parse, path } = createModuleRouter(BASE_PATH, ROUTES);

describe('points routes', () => {
  it('reads every page from its path and back', () => {
    const routes: PointsRoute[] = [
      { page: 'leaderboard' },
      { page: 'my-points' },
      { page: 'rules' },
      { page: 'approvals' },
      { page: 'request' },
    ];
    for (const route of routes) expect(parse(path(route))).toEqual(route);
    expect(path({ page: 'leaderboard' })).toBe('/points');
    expect(path({ page: 'my-points' })).toBe('/points/my');
    expect(path({ page: 'rules' })).toBe('/points/rules');
    expect(path({ page: 'approvals' })).toBe('/points/approvals');
  });

  it('says "not found" for any other path under /points', () => {
    expect(parse('/points/')).toEqual({ page: 'leaderboard' });
    expect(parse('/points/nothing')).toEqual({ page: 'not-found' });
    expect(parse('/points/my/more')).toEqual({ page: 'not-found' });
  });
});
