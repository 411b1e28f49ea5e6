import { MenuOutlined } from '@ant-design/icons';
import { useIsPhone, useT } from '@xiangzhi/platform';
import { Button, Flex, Tabs } from 'antd';
import { useState } from 'react';
import type { NavItem } from '../lib/access';
import { navigate, routePath, type GovernanceRoute, type PageName } from '../lib/routing';

const toRoute = (page: NavItem['page']): GovernanceRoute =>
  page === 'visit-new' ? { page, household: null } : { page };

/** The page a route belongs to in the nav (a household's detail sits under the register). */
export function navPageOf(page: PageName): NavItem['page'] | null {
  if (page === 'household') return 'households';
  if (page === 'case' || page === 'case-new') return 'cases';
  if (page === 'policy') return 'policies';
  if (page === 'not-found') return null;
  return page;
}

/** Tabs on a desktop; on a phone one button that opens a list of big buttons. */
export function ModuleNav({ items, current }: { items: NavItem[]; current: PageName }) {
  const t = useT();
  const isPhone = useIsPhone();
  const [open, setOpen] = useState(false);
  const active = navPageOf(current);
  if (items.length <= 1) return null;

  if (isPhone) {
    const activeItem = items.find((item) => item.page === active);
    return (
      <nav data-testid="gov-nav" data-collapsed={!open} style={{ marginBottom: 12 }}>
        <Button
          block
          size="large"
          icon={<MenuOutlined />}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          data-testid="gov-nav-toggle"
        >
          {activeItem ? t(activeItem.labelKey) : t('gov.nav.menu')}
        </Button>
        {open ? (
          <Flex vertical gap={6} style={{ marginTop: 6 }}>
            {items.map((item) => (
              <Button
                key={item.page}
                block
                size="large"
                type={item.page === active ? 'primary' : 'default'}
                href={routePath(toRoute(item.page))}
                onClick={(event) => {
                  event.preventDefault();
                  setOpen(false);
                  navigate(toRoute(item.page));
                }}
                data-testid={`gov-nav-${item.page}`}
              >
                {t(item.labelKey)}
              </Button>
            ))}
          </Flex>
        ) : null}
      </nav>
    );
  }

  return (
    <nav data-testid="gov-nav">
      <Tabs
        activeKey={active ?? ''}
        onTabClick={(key) => navigate(toRoute(key as NavItem['page']))}
        items={items.map((item) => ({
          key: item.page,
          label: <span data-testid={`gov-nav-${item.page}`}>{t(item.labelKey)}</span>,
        }))}
        style={{ marginBottom: 4 }}
      />
    </nav>
  );
}
