import { NotFoundAlert, useT } from '@xiangzhi/platform';
import { Link, useRoute } from './lib/routing';
import { MeetingsPage } from './pages/MeetingsPage';

/** The meetings module: its pages by URL under `/meetings`. */
export function MeetingsApp() {
  const t = useT();
  const route = useRoute();
  return (
    <div data-testid="meetings-module" data-page={route.page}>
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
      ) : (
        <MeetingsPage />
      )}
    </div>
  );
}
