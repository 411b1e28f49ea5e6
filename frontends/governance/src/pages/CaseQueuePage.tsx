import { defineMessages, PagedQueryState, PageHeader, usePagedQuery, useT } from '@xiangzhi/platform';
import { MY_CASE_QUEUE_QUERY } from '../api/cases';
import { CaseCards } from '../components/case/CaseCards';
import { CASE_MESSAGES } from '../messages/cases';

defineMessages(CASE_MESSAGES);

const PAGE_SIZE = 20;

/** 我的待办: what waits on the caller, reddest then oldest first, with who else works on each. */
export function CaseQueuePage() {
  const t = useT();
  const query = usePagedQuery(MY_CASE_QUEUE_QUERY, {}, { pageSize: PAGE_SIZE, connection: (data) => data.myCaseQueue });
  const total = query.connection?.totalCount;
  return (
    <section data-testid="todo-page">
      <PageHeader title={t('gov.todo.title')} marginBottom={8} />
      {total ? (
        <p style={{ margin: '0 0 8px' }} data-testid="todo-count">
          {t('gov.todo.count', { count: total })}
        </p>
      ) : null}
      <PagedQueryState testId="todo" query={query} emptyText={t('gov.todo.empty')}>
        <CaseCards cases={query.nodes} showParticipants />
      </PagedQueryState>
    </section>
  );
}
