import { PlusOutlined } from '@ant-design/icons';
import { defineMessages, PagedQueryState, PageHeader, usePagedQuery, useSession, useT } from '@xiangzhi/platform';
import { Button } from 'antd';
import { useState } from 'react';
import { CASES_QUERY } from '../api/cases';
import { CaseCards } from '../components/case/CaseCards';
import { CaseFiltersBar } from '../components/case/CaseFiltersBar';
import { canRaiseCase } from '../lib/access';
import { caseFilterOf, EMPTY_CASE_FILTERS, type CaseFilters } from '../lib/cases';
import { navigate } from '../lib/routing';
import { useDebounced } from '../lib/useDebounced';
import { CASE_MESSAGES } from '../messages/cases';

defineMessages(CASE_MESSAGES);

const PAGE_SIZE = 20;

/** 民情台账: the cases in the caller's reach, reddest then oldest first, with filters. */
export function CasesPage() {
  const t = useT();
  const grants = useSession()?.account.permissions ?? [];
  const [filters, setFilters] = useState<CaseFilters>(EMPTY_CASE_FILTERS);
  const search = useDebounced(filters.search);
  const query = usePagedQuery(
    CASES_QUERY,
    { filter: caseFilterOf({ ...filters, search }) },
    { pageSize: PAGE_SIZE, connection: (data) => data.cases },
  );

  return (
    <section data-testid="cases-page">
      <PageHeader title={t('gov.cases.title')} marginBottom={8}>
        {canRaiseCase(grants) ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate({ page: 'case-new', visit: null, household: null })}
            data-testid="cases-raise"
          >
            {t('gov.cases.raise')}
          </Button>
        ) : null}
      </PageHeader>
      <CaseFiltersBar filters={filters} onChange={setFilters} />
      <PagedQueryState testId="cases" query={query} emptyText={t('gov.cases.empty')}>
        <CaseCards cases={query.nodes} />
      </PagedQueryState>
    </section>
  );
}
