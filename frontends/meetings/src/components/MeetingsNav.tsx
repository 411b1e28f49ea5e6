import { useSession, useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import { MEETINGS_NAV, NAV_PARENT } from '../lib/nav';
import { navigate, useRoute, type MeetingsRoute } from '../lib/routing';

/**
 * The module's pages as tabs (scrolling sideways on a phone); entries the account may not use are left out.
 * A click on the highlighted tab from a page below it (a meeting) goes back to that list.
 */
export function MeetingsNav() {
  const t = useT();
  const route = useRoute();
  const permissions = useSession()?.account.permissions ?? [];
  const items = MEETINGS_NAV.filter((item) => !item.permission || permissions.some((p) => p === item.permission));
  const active = NAV_PARENT[route.page] ?? route.page;
  return (
    <Tabs
      data-testid="meetings-nav"
      size="small"
      activeKey={items.some((item) => item.page === active) ? active : ''}
      onTabClick={(page) => navigate({ page } as MeetingsRoute)}
      items={items.map((item) => ({
        key: item.page,
        label: <span data-testid={`meetings-nav-${item.page}`}>{t(item.labelKey)}</span>,
      }))}
      style={{ marginBottom: 8 }}
    />
  );
}
