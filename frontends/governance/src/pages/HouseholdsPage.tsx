import {
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  useIsPhone,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { HouseholdCards } from '../components/HouseholdCards';
import { HouseholdFiltersBar } from '../components/HouseholdFiltersBar';
import { HouseholdTable } from '../components/HouseholdTable';
import {
  EMPTY_FILTERS,
  filterVariables,
  HOUSEHOLDS_QUERY,
  lookupErrorOf,
  lookupsFor,
  type HouseholdFilters,
} from '../households-query';
import { canRecordVisit } from '../lib/access';

const PAGE_SIZE = 20;

/** The caller's households (the server scopes them to the jurisdiction), 20 a page. */
export function HouseholdsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [filters, setFilters] = useState<HouseholdFilters>(EMPTY_FILTERS);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const variables = { regionCode: regionCode ?? null, ...filterVariables(filters) };
  const query = usePagedQuery(HOUSEHOLDS_QUERY, variables, {
    pageSize: PAGE_SIZE,
    connection: (data) => data.households,
  });
  const households = query.nodes;
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = isAboveVillage(divisionCode);
  const grants = session?.account.permissions ?? [];
  const canVisit = canRecordVisit(grants);
  // a refused lookup (reason, format, rate limit) is shown at its field, not as the list's error
  const lookupError = lookupErrorOf(query.error, filters);

  return (
    <section data-testid="governance-page">
      <PageHeader title={t('governance.title')} />
      <HouseholdFiltersBar
        filters={filters}
        onChange={setFilters}
        regionRoot={aboveVillage ? divisionCode : null}
        onRegionChange={(code) => {
          setRegionCode(code);
          setFilters((current) => ({ ...current, gridId: null }));
        }}
        gridRegion={regionCode ?? divisionCode}
        lookups={lookupsFor(grants)}
        lookupError={lookupError}
      />
      {lookupError ? null : (
        <PagedQueryState testId="households" query={query} showPartial emptyText={t('governance.empty')}>
          {isPhone ? (
            <HouseholdCards households={households} loading={query.loading} canVisit={canVisit} />
          ) : (
            <HouseholdTable
              households={households}
              loading={query.loading}
              showVillage={aboveVillage}
              canVisit={canVisit}
            />
          )}
        </PagedQueryState>
      )}
    </section>
  );
}
