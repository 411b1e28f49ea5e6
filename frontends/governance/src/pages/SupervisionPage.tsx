import { defineMessages, PagedQueryState, PageHeader, usePagedQuery, useSession, useT } from '@xiangzhi/platform';
import { Flex, Tabs } from 'antd';
import { useState } from 'react';
import { SUPERVISION_TASKS_QUERY } from '../api/supervision';
import { IssueForm } from '../components/supervision/IssueForm';
import { SupervisionCard } from '../components/supervision/SupervisionCard';
import { CASE_MESSAGES } from '../messages/cases';
import { PATROL_MESSAGES } from '../messages/patrol';
import { SUPERVISION_MESSAGES } from '../messages/supervision';

defineMessages(SUPERVISION_MESSAGES);
// the report-to-case form names case kinds and domains; "open the case" is the patrol page's words
defineMessages(CASE_MESSAGES);
defineMessages(PATROL_MESSAGES);

/** 工作督办卡: a cadre's own cards to report on; the office's ledger (overdue first) and the issue form. */
export function SupervisionPage() {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const issuer = grants.includes('SUPERVISION_ISSUE');
  const [tab, setTab] = useState(issuer ? 'all' : 'mine');
  const filter = tab === 'mine' ? { mine: true } : tab === 'overdue' ? { overdue: true } : {};
  const query = usePagedQuery(SUPERVISION_TASKS_QUERY, filter, { pageSize: 20, connection: (d) => d.supervisionTasks });
  const tabs = [...(grants.includes('SUPERVISION_REPORT') ? ['mine'] : []), 'all', 'overdue'];
  return (
    <section data-testid="supervision-page">
      <PageHeader title={t('gov.sup.title')} marginBottom={8} />
      {issuer ? <IssueForm onIssued={query.reload} /> : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`sup-tab-${key}`}>{t(`gov.sup.tab.${key}`)}</span>,
        }))}
      />
      <PagedQueryState testId="supervision-list" query={query} emptyText={t('gov.sup.empty')}>
        <Flex vertical gap={8}>
          {query.nodes.map((task) => (
            <SupervisionCard key={task.id} task={task} canDecide={issuer} onChanged={query.reload} />
          ))}
        </Flex>
      </PagedQueryState>
    </section>
  );
}
