import { NotFoundAlert, useSession, useT } from '@xiangzhi/platform';
import { Alert, Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { ModuleNav } from './components/ModuleNav';
import { canOpen, navItemsFor } from './lib/access';
import { useRoute, type GovernanceRoute } from './lib/routing';
import { HouseholdDetailPage } from './pages/HouseholdDetailPage';
import { HouseholdsPage } from './pages/HouseholdsPage';
import { VisitNewPage } from './pages/VisitNewPage';

// The register and visit entry (what a cadre on a phone uses) are in governance.js; the desk
// pages load on first visit, from chunks beside it, to keep the first load small.
const TerritoryPage = lazy(() => import('./pages/TerritoryPage').then((m) => ({ default: m.TerritoryPage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const PairingPage = lazy(() => import('./pages/PairingPage').then((m) => ({ default: m.PairingPage })));
const VisitCoveragePage = lazy(() =>
  import('./pages/VisitCoveragePage').then((m) => ({ default: m.VisitCoveragePage })),
);
const CardsPage = lazy(() => import('./pages/CardsPage').then((m) => ({ default: m.CardsPage })));
const CasesPage = lazy(() => import('./pages/CasesPage').then((m) => ({ default: m.CasesPage })));
const CaseDetailPage = lazy(() => import('./pages/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const CaseNewPage = lazy(() => import('./pages/CaseNewPage').then((m) => ({ default: m.CaseNewPage })));
const ServiceOrdersPage = lazy(() =>
  import('./pages/ServiceOrdersPage').then((m) => ({ default: m.ServiceOrdersPage })),
);
const FiguresPage = lazy(() => import('./pages/FiguresPage').then((m) => ({ default: m.FiguresPage })));
const MeetingListsPage = lazy(() => import('./pages/MeetingListsPage').then((m) => ({ default: m.MeetingListsPage })));
const PatrolPage = lazy(() => import('./pages/PatrolPage').then((m) => ({ default: m.PatrolPage })));
const SupervisionPage = lazy(() => import('./pages/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));
const PoliciesPage = lazy(() => import('./pages/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const PolicyDetailPage = lazy(() => import('./pages/PolicyDetailPage').then((m) => ({ default: m.PolicyDetailPage })));
const PolicyGapPage = lazy(() => import('./pages/PolicyGapPage').then((m) => ({ default: m.PolicyGapPage })));
const IndustryPage = lazy(() => import('./pages/IndustryPage').then((m) => ({ default: m.IndustryPage })));
const CaseQueuePage = lazy(() => import('./pages/CaseQueuePage').then((m) => ({ default: m.CaseQueuePage })));

function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }} data-testid="gov-page-loading">
      <Spin />
    </Flex>
  );
}

function Page({ route }: { route: GovernanceRoute }) {
  switch (route.page) {
    case 'households':
      return <HouseholdsPage />;
    case 'household':
      return <HouseholdDetailPage key={route.id} id={route.id} />;
    case 'territory':
      return <TerritoryPage />;
    case 'import':
      return <ImportPage />;
    case 'pairing':
      return <PairingPage />;
    case 'visit-new':
      return <VisitNewPage key={route.household ?? ''} householdId={route.household} />;
    case 'visits':
      return <VisitCoveragePage />;
    case 'cards':
      return <CardsPage />;
    case 'cases':
      return <CasesPage />;
    case 'case':
      return <CaseDetailPage key={route.id} id={route.id} />;
    case 'case-new':
      return (
        <CaseNewPage key={`${route.visit}-${route.household}`} visitId={route.visit} householdId={route.household} />
      );
    case 'todo':
      return <CaseQueuePage />;
    case 'figures':
      return <FiguresPage />;
    case 'meetings':
      return <MeetingListsPage />;
    case 'service-orders':
      return <ServiceOrdersPage />;
    case 'patrol':
      return <PatrolPage />;
    case 'supervision':
      return <SupervisionPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'policy':
      return <PolicyDetailPage key={route.id} id={route.id} />;
    case 'policy-gap':
      return <PolicyGapPage />;
    case 'industry':
      return <IndustryPage />;
    case 'not-found':
      return null;
  }
}

/** The module: its tabs and the page of the current URL. */
export function GovernanceApp() {
  const t = useT();
  const route = useRoute();
  const permissions = useSession()?.account.permissions ?? [];
  const items = navItemsFor(permissions);
  return (
    <div data-testid="governance-module" data-page={route.page}>
      <ModuleNav items={items} current={route.page} />
      {route.page === 'not-found' ? (
        <NotFoundAlert testId="gov-not-found" title={t('gov.nav.notFound')} />
      ) : canOpen(permissions, route.page) ? (
        <Suspense fallback={<PageLoading />}>
          <Page route={route} />
        </Suspense>
      ) : (
        <Alert type="warning" showIcon title={t('gov.nav.forbidden')} data-testid="gov-forbidden" />
      )}
    </div>
  );
}
