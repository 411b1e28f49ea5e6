import { hasPermission, NotFoundAlert, useSession, useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import { Link, navigate, routePath, useRoute, type PointsRoute } from '../lib/routing';
import { lazy, Suspense, type ReactNode } from 'react';
import { LeaderboardPage } from './LeaderboardPage';
import { MyPointsPage } from './MyPointsPage';

const RulesPage = lazy(() => import('./RulesPage').then((m) => ({ default: m.RulesPage })));
const ApprovalsPage = lazy(() => import('./ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const RequestPage = lazy(() => import('./RequestPage').then((m) => ({ default: m.RequestPage })));
const RankingPage = lazy(() => import('./RankingPage').then((m) => ({ default: m.RankingPage })));
const SummaryPage = lazy(() => import('./SummaryPage').then((m) => ({ default: m.SummaryPage })));
const StarRatingPage = lazy(() => import('./StarRatingPage').then((m) => ({ default: m.StarRatingPage })));

type Page = Exclude<PointsRoute['page'], 'not-found'>;
/** The module's pages: which permission offers each (the server checks again) and how it renders. */
const PAGES: {
  page: Page;
  permission: Parameters<typeof hasPermission>[1] | null;
  label: string;
  render: () => ReactNode;
}[] = [
  { page: 'leaderboard', permission: null, label: 'points.title', render: () => <LeaderboardPage /> },
  { page: 'my-points', permission: 'POINTS_OWN_READ', label: 'myPoints.nav', render: () => <MyPointsPage /> },
  { page: 'rules', permission: 'POINT_RULE_MANAGE', label: 'rules.nav', render: () => <RulesPage /> },
  { page: 'approvals', permission: 'POINTS_APPROVE', label: 'approvals.nav', render: () => <ApprovalsPage /> },
  { page: 'request', permission: 'POINTS_AWARD', label: 'approvals.request', render: () => <RequestPage /> },
  { page: 'rankings', permission: 'POINTS_READ', label: 'ranking.nav', render: () => <RankingPage /> },
  { page: 'summaries', permission: 'POINTS_READ', label: 'summary.nav', render: () => <SummaryPage /> },
  { page: 'stars', permission: 'POINTS_READ', label: 'stars.nav', render: () => <StarRatingPage /> },
];

export const MY_POINTS_PATH = routePath({ page: 'my-points' });

/** The points module: 积分排行 for everyone, and the pages the account's permissions open. */
export function PointsPages() {
  const t = useT();
  const permissions = useSession()?.account.permissions ?? [];
  const route = useRoute();
  const offered = PAGES.filter((p) => p.permission === null || hasPermission(permissions, p.permission));
  // a page the account may not use is not offered: its URL shows the ranking
  const page: PointsRoute['page'] =
    route.page === 'not-found' || offered.some((p) => p.page === route.page) ? route.page : 'leaderboard';
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
  const current = offered.find((p) => p.page === page) ?? offered[0]!;
  return (
    <div data-testid="points-module" data-page={page}>
      {offered.length > 1 ? (
        <Tabs
          activeKey={page}
          onChange={(key) => navigate({ page: key } as PointsRoute)}
          items={offered.map((p) => ({
            key: p.page,
            label: <span data-testid={`points-nav-${p.page === 'my-points' ? 'my' : p.page}`}>{t(p.label)}</span>,
          }))}
          style={{ marginBottom: 4 }}
          data-testid="points-nav"
        />
      ) : null}
      <Suspense fallback={null}>{current.render()}</Suspense>
    </div>
  );
}
