import { hasPermission, useSession, useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';
import { LeaderboardPage } from './LeaderboardPage';
import { MyPointsPage } from './MyPointsPage';

// Until the platform's routing helper lands: the points module's two pages by URL, and the tabs.
export const MY_POINTS_PATH = '/points/my';
const LEADERBOARD_PATH = '/points';

function subscribe(listener: () => void): () => void {
  // single-spa turns every pushState/replaceState into a popstate event
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}
const pathname = (): string => window.location.pathname;

/** The points module: 积分排行 and, for an account that may hold its own points, 我的积分. */
export function PointsPages() {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const path = useSyncExternalStore(subscribe, pathname, pathname);
  const mine = hasPermission(permissions, 'POINTS_OWN_READ');
  const current = mine && path.startsWith(MY_POINTS_PATH) ? MY_POINTS_PATH : LEADERBOARD_PATH;
  return (
    <div data-testid="points-module" data-page={current === MY_POINTS_PATH ? 'my-points' : 'leaderboard'}>
      {mine ? (
        <Tabs
          activeKey={current}
          onChange={(key) => navigateToUrl(key)}
          items={[
            { key: LEADERBOARD_PATH, label: <span data-testid="points-nav-leaderboard">{t('points.title')}</span> },
            { key: MY_POINTS_PATH, label: <span data-testid="points-nav-my">{t('myPoints.nav')}</span> },
          ]}
          style={{ marginBottom: 4 }}
          data-testid="points-nav"
        />
      ) : null}
      {current === MY_POINTS_PATH ? <MyPointsPage /> : <LeaderboardPage />}
    </div>
  );
}
