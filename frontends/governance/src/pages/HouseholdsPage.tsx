import { SearchOutlined } from '@ant-design/icons';
import {
  CursorPager,
  QueryState,
  RegionPicker,
  useCursorPages,
  useGqlQuery,
  useIsPhone,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Flex, Input } from 'antd';
import { useState } from 'react';
import { HouseholdCards } from '../components/HouseholdCards';
import { HouseholdTable } from '../components/HouseholdTable';
import { HOUSEHOLDS_QUERY, type HouseholdsData } from '../households-query';

const PAGE_SIZE = 20;
const VILLAGE_CODE_LENGTH = 12;

/** The caller's households (the server scopes them to the jurisdiction), 20 a page. */
export function HouseholdsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [search, setSearch] = useState('');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const pages = useCursorPages(`${search}|${regionCode ?? ''}`);
  const query = useGqlQuery<HouseholdsData>(HOUSEHOLDS_QUERY, {
    regionCode: regionCode ?? null,
    search: search || null,
    first: PAGE_SIZE,
    after: pages.after,
  });
  const connection = query.data?.households;
  const households = connection?.edges.map((edge) => edge.node) ?? [];
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = divisionCode.length > 0 && divisionCode.length < VILLAGE_CODE_LENGTH;

  return (
    <section data-testid="governance-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <h2 style={{ margin: 0, fontSize: 20 }}>{t('governance.title')}</h2>
        <Flex wrap gap={8} style={{ flex: isPhone ? '1 1 100%' : undefined }}>
          {aboveVillage ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
          <Input
            allowClear
            prefix={<SearchOutlined />}
            enterKeyHint="search"
            placeholder={t('governance.searchPlaceholder')}
            onPressEnter={(event) => setSearch(event.currentTarget.value.trim())}
            onChange={(event) => {
              // The clear button empties the box: show everything again.
              if (event.target.value === '') setSearch('');
            }}
            style={{ width: isPhone ? '100%' : 280 }}
            data-testid="household-search"
          />
        </Flex>
      </Flex>
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
          <HouseholdCards households={households} loading={query.loading} />
        ) : (
          <HouseholdTable households={households} loading={query.loading} showVillage={aboveVillage} />
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
