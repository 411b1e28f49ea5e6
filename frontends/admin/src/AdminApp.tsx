import { NotFoundAlert, useSession, useT } from '@xiangzhi/platform';
import { Alert } from 'antd';
import { useEffect } from 'react';
import { AdminNav } from './components/AdminNav';
import { canOpen, navItemsFor, tabOf } from './lib/access';
import { routePath, useRoute, type AdminRoute } from './lib/routing';
import { AccountNewPage } from './pages/AccountNewPage';
import { AccountPage } from './pages/AccountPage';
import { AccountsPage } from './pages/AccountsPage';
import { AuditPage } from './pages/AuditPage';
import { SecuritySettingsPage } from './pages/SecuritySettingsPage';

function Page({ route }: { route: AdminRoute }) {
  switch (route.page) {
    case 'accounts':
      return <AccountsPage />;
    case 'account-new':
      return <AccountNewPage />;
    case 'account':
      return <AccountPage key={route.id} id={route.id} />;
    case 'security':
      return <SecuritySettingsPage />;
    case 'audit':
      return <AuditPage />;
    case 'home':
    case 'not-found':
      return null;
  }
}

/** The pages of the 三员: each sees the tabs of its own duties, and `/admin` opens the first. */
export function AdminApp() {
  const t = useT();
  const route = useRoute();
  const permissions = useSession()?.account.permissions ?? [];
  const items = navItemsFor(permissions);
  const first = items[0]?.tab;

  // `/admin` itself: replace it (Back must not bounce) by the first page of the account's duties
  useEffect(() => {
    if (route.page === 'home' && first) window.history.replaceState(null, '', routePath({ page: first }));
  }, [route.page, first]);

  return (
    <div data-testid="admin-module" data-page={route.page}>
      <AdminNav items={items} current={tabOf(route.page)} />
      {route.page === 'not-found' ? (
        <NotFoundAlert testId="admin-not-found" title={t('admin.notFound')} />
      ) : route.page === 'home' && !first ? (
        <Alert type="info" showIcon title={t('admin.none')} data-testid="admin-none" />
      ) : canOpen(permissions, route.page) ? (
        <Page route={route} />
      ) : (
        <Alert type="warning" showIcon title={t('admin.forbidden')} data-testid="admin-forbidden" />
      )}
    </div>
  );
}
