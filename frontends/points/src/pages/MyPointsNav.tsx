import { hasPermission, NotFoundAlert, useSession, useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import { Link, navigate, routePath, useRoute, type PointsRoute } from '../lib/routing';
import { LeaderboardPage } from './LeaderboardPage';
import { MyPointsPage } from './MyPointsPage';

export const MY_POINTS_PATH = routePath({ page: 'my-points' });

/** The points module: 积分排行 and, for an account that may hold its own points, 我的积分. */
export function PointsPages() {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const route = useRoute();
  const mine = hasPermission(permissions, 'POINTS_OWN_READ');
  // without POINTS_OWN_READ 我的积分 is not offered: its URL shows the ranking
  const page = route.page === 'my-points' && !mine ? 'leaderboard' : route.page;
  if (page === 'not-found') {
    return (
      <div data-testid="points-module" data-page="not-found">
        <NotFoundAlert
          testId="points-not-found"
          title={t('points.notFound')}
          action={
            <Link to={{ page: 'leaderboard' }} testId="points-home">
              {t('points.title')}
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <div data-testid="points-module" data-page={page}>
      {mine ? (
        <Tabs
          activeKey={page}
          onChange={(key) => navigate({ page: key } as PointsRoute)}
          items={[
            { key: 'leaderboard', label: <span data-testid="points-nav-leaderboard">{t('points.title')}</span> },
            { key: 'my-points', label: <span data-testid="points-nav-my">{t('myPoints.nav')}</span> },
          ]}
          style={{ marginBottom: 4 }}
          data-testid="points-nav"
        />
      ) : null}
      {page === 'my-points' ? <MyPointsPage /> : <LeaderboardPage />}
    </div>
  );
}
