import { useT } from '@xiangzhi/platform';
import { Tabs } from 'antd';
import type { AdminNavItem, AdminTab } from '../lib/access';
import { navigate } from '../lib/routing';

/** The module's tabs (one tab needs none); they fit a phone's width, so one form for both. */
export function AdminNav({ items, current }: { items: AdminNavItem[]; current: AdminTab | null }) {
  const t = useT();
  if (items.length <= 1) return null;
  return (
    <nav data-testid="admin-nav">
      <Tabs
        activeKey={current ?? ''}
        onTabClick={(key) => navigate({ page: key as AdminTab })}
        items={items.map((item) => ({
          key: item.tab,
          label: <span data-testid={`admin-nav-${item.tab}`}>{t(item.labelKey)}</span>,
        }))}
        style={{ marginBottom: 4 }}
      />
    </nav>
  );
}
