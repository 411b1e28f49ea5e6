import { defineMessages, PagedQueryState, PageHeader, usePagedQuery, useT } from '@xiangzhi/platform';
import { Flex, Tabs } from 'antd';
import { useState } from 'react';
import { ORDER_TABS, SERVICE_ORDERS_QUERY } from '../api/service-orders';
import { ServiceOrderCard } from '../components/service-order/ServiceOrderCard';
import { CASE_MESSAGES } from '../messages/cases';
import { SERVICE_ORDER_MESSAGES } from '../messages/service-orders';

defineMessages(SERVICE_ORDER_MESSAGES);
// the convert form names case kinds and domains
defineMessages(CASE_MESSAGES);

const PAGE_SIZE = 20;

/**
 * 派单台: the orders the caller may see by state, oldest first, each with the caller's actions
 * (dispatch to a cadre or post to the grid, take, accept, complete, cancel, make it a case).
 */
export function ServiceOrdersPage() {
  const t = useT();
  const [tab, setTab] = useState(ORDER_TABS[0]!.key);
  const statuses = [...(ORDER_TABS.find((x) => x.key === tab)?.statuses ?? [])];
  const query = usePagedQuery(
    SERVICE_ORDERS_QUERY,
    { statuses },
    { pageSize: PAGE_SIZE, connection: (data) => data.serviceOrders },
  );
  return (
    <section data-testid="service-orders-page">
      <PageHeader title={t('gov.so.title')} marginBottom={8} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={ORDER_TABS.map((x) => ({
          key: x.key,
          label: <span data-testid={`so-tab-${x.key}`}>{t(`gov.so.tab.${x.key}`)}</span>,
        }))}
      />
      <PagedQueryState testId="service-orders" query={query} emptyText={t('gov.so.empty')}>
        <Flex vertical gap={8}>
          {query.nodes.map((order) => (
            <ServiceOrderCard key={order.id} order={order} onChanged={query.reload} />
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
