import { NotFoundAlert, useT } from '@xiangzhi/platform';
import { Link, useRoute } from './lib/routing';
import { MeetingsPage } from './pages/MeetingsPage';
import { MeetingsNav } from './components/MeetingsNav';
import { lazy, Suspense } from 'react';

const DeliberationsPage = lazy(() =>
  import('./pages/DeliberationsPage').then((m) => ({ default: m.DeliberationsPage })),
);
const DeliberationPage = lazy(() => import('./pages/DeliberationPage').then((m) => ({ default: m.DeliberationPage })));

const ForumPage = lazy(() => import('./pages/ForumPage').then((m) => ({ default: m.ForumPage })));
const ForumReviewPage = lazy(() => import('./pages/ForumReviewPage').then((m) => ({ default: m.ForumReviewPage })));
const TownshipReviewPage = lazy(() =>
  import('./pages/TownshipReviewPage').then((m) => ({ default: m.TownshipReviewPage })),
);
const MinutesPage = lazy(() => import('./pages/MinutesPage').then((m) => ({ default: m.MinutesPage })));
const LoopFailuresPage = lazy(() => import('./pages/LoopFailuresPage').then((m) => ({ default: m.LoopFailuresPage })));

const MeetingCalendarPage = lazy(() =>
  import('./pages/MeetingCalendarPage').then((m) => ({ default: m.MeetingCalendarPage })),
);
const MeetingFormPage = lazy(() => import('./pages/MeetingFormPage').then((m) => ({ default: m.MeetingFormPage })));
const MeetingPage = lazy(() => import('./pages/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MeetingObserversPage = lazy(() =>
  import('./pages/MeetingObserversPage').then((m) => ({ default: m.MeetingObserversPage })),
);

/** The meetings module: its pages by URL under `/meetings`. */
export function MeetingsApp() {
  const t = useT();
  const route = useRoute();
  return (
    <div data-testid="meetings-module" data-page={route.page}>
      <MeetingsNav />
      {route.page === 'not-found' ? (
        <NotFoundAlert
          testId="meetings-not-found"
          title={t('meetings.notFound')}
          action={
            <Link to={{ page: 'meetings' }} testId="meetings-home">
              {t('meetings.title')}
            </Link>
          }
        />
      ) : route.page === 'forum' ||
        route.page === 'forum-review' ||
        route.page === 'township-review' ||
        route.page === 'loop-failures' ? (
        <Suspense fallback={null}>
          {route.page === 'forum' ? (
            <ForumPage meetingId={route.meetingId} />
          ) : route.page === 'forum-review' ? (
            <ForumReviewPage meetingId={route.meetingId} />
          ) : route.page === 'township-review' ? (
            <TownshipReviewPage />
          ) : (
            <LoopFailuresPage />
          )}
        </Suspense>
      ) : route.page === 'minutes' ? (
        <Suspense fallback={null}>
          <MinutesPage key={route.meetingId} meetingId={route.meetingId} />
        </Suspense>
      ) : route.page === 'deliberations' || route.page === 'deliberation' ? (
        <Suspense fallback={null}>
          {route.page === 'deliberation' ? <DeliberationPage id={route.id} /> : <DeliberationsPage />}
        </Suspense>
      ) : route.page === 'calendar' ||
        route.page === 'meeting-new' ||
        route.page === 'meeting' ||
        route.page === 'meeting-edit' ||
        route.page === 'observers' ? (
        <Suspense fallback={null}>
          {route.page === 'calendar' ? (
            <MeetingCalendarPage month={route.month} />
          ) : route.page === 'meeting-new' ? (
            <MeetingFormPage />
          ) : route.page === 'meeting-edit' ? (
            <MeetingFormPage key={route.id} id={route.id} />
          ) : route.page === 'meeting' ? (
            <MeetingPage key={route.id} id={route.id} />
          ) : (
            <MeetingObserversPage year={route.year} />
          )}
        </Suspense>
      ) : (
        <MeetingsPage />
      )}
    </div>
  );
}
