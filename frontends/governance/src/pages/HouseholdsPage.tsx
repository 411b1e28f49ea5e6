import {
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  useIsPhone,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Radio } from 'antd';
import { lazy, Suspense, useState } from 'react';
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
import { canRecordVisit, canWrite, landsOnOwnHouseholds } from '../lib/access';

// the form is loaded when the button is pressed: the register's first load stays small
const HouseholdCreateForm = lazy(() =>
  import('../components/register/HouseholdCreateForm').then((m) => ({ default: m.HouseholdCreateForm })),
);

const PAGE_SIZE = 20;

/** The caller's households (the server scopes them to the jurisdiction), 20 a page. */
export function HouseholdsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const grants = session?.account.permissions ?? [];
  const fieldRole = landsOnOwnHouseholds(grants);
  // a cadre in the field lands on 我的农户 (their own pairs), and may switch to all they can see
  const [filters, setFilters] = useState<HouseholdFilters>({ ...EMPTY_FILTERS, mine: fieldRole });
  const [creating, setCreating] = useState(false);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const variables = { regionCode: regionCode ?? null, ...filterVariables(filters) };
  const query = usePagedQuery(HOUSEHOLDS_QUERY, variables, {
    pageSize: PAGE_SIZE,
    connection: (data) => data.households,
  });
  const households = query.nodes;
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = isAboveVillage(divisionCode);
  const canVisit = canRecordVisit(grants);
  // a refused lookup (reason, format, rate limit) is shown at its field, not as the list's error
  const lookupError = lookupErrorOf(query.error, filters);

  return (
    <section data-testid="governance-page">
      <PageHeader title={filters.mine ? t('gov.households.mine') : t('governance.title')} />
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        {fieldRole ? (
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size={isPhone ? 'large' : 'middle'}
            value={filters.mine ? 'mine' : 'all'}
            onChange={(event) => setFilters({ ...filters, mine: event.target.value === 'mine' })}
            options={[
              { value: 'mine', label: t('gov.households.mine') },
              { value: 'all', label: t('gov.households.all') },
            ]}
            data-testid="households-mine-toggle"
          />
        ) : (
          <span />
        )}
        {canWrite(grants) && !creating ? (
          <Button
            type="primary"
            size={isPhone ? 'large' : 'middle'}
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="household-create"
          >
            {t('gov.households.add')}
          </Button>
        ) : null}
      </Flex>
      {creating ? (
        <Suspense fallback={null}>
          <HouseholdCreateForm
            villageCode={aboveVillage ? (regionCode?.length === 12 ? regionCode : null) : divisionCode}
            onCancel={() => setCreating(false)}
          />
        </Suspense>
      ) : null}
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
