import { CursorPager, QueryState, useCursorPages, useGqlQuery, useIsPhone, useSession, useT } from '@xiangzhi/platform';
import { Flex } from 'antd';
import { useState } from 'react';
import { nodesOf } from '../api/enums';
import { HouseholdCards } from '../components/HouseholdCards';
import { HouseholdFiltersBar } from '../components/HouseholdFiltersBar';
import { HouseholdTable } from '../components/HouseholdTable';
import { EMPTY_FILTERS, filterVariables, HOUSEHOLDS_QUERY, type HouseholdFilters, type HouseholdsData } from '../households-query';
import { canWrite } from '../lib/access';

const PAGE_SIZE = 20;
const VILLAGE_CODE_LENGTH = 12;

/** The caller's households (the server scopes them to the jurisdiction), 20 a page. */
export function HouseholdsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [filters, setFilters] = useState<HouseholdFilters>(EMPTY_FILTERS);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const variables = { regionCode: regionCode ?? null, ...filterVariables(filters) };
  const pages = useCursorPages(JSON.stringify(variables));
  const query = useGqlQuery<HouseholdsData>(HOUSEHOLDS_QUERY, { ...variables, first: PAGE_SIZE, after: pages.after });
  const connection = query.data?.households;
  const households = nodesOf(connection);
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = divisionCode.length > 0 && divisionCode.length < VILLAGE_CODE_LENGTH;
  const canVisit = canWrite(session?.account.roles ?? []);

  return (
    <section data-testid="governance-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0, fontSize: 20 }}>{t('governance.title')}</h2>
      </Flex>
      <HouseholdFiltersBar
        filters={filters}
        onChange={setFilters}
        regionRoot={aboveVillage ? divisionCode : null}
        onRegionChange={(code) => {
          setRegionCode(code);
          setFilters((current) => ({ ...current, gridId: null }));
        }}
        gridRegion={regionCode ?? divisionCode}
      />
      <QueryState
        testId="households"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={connection !== undefined}
        isEmpty={households.length === 0}
        onRetry={query.reload}
        emptyText={t('governance.empty')}
      >
        {isPhone ? (
          <HouseholdCards households={households} loading={query.loading} canVisit={canVisit} />
        ) : (
          <HouseholdTable households={households} loading={query.loading} showVillage={aboveVillage} canVisit={canVisit} />
        )}
        {connection ? (
          <CursorPager
            testId="households-pager"
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={query.loading}
            onPrev={pages.prev}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
          />
        ) : null}
      </QueryState>
    </section>
  );
}
