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
import { Flex } from 'antd';
import { useState } from 'react';
import { MeetingCards } from '../components/MeetingCards';
import { MeetingTable } from '../components/MeetingTable';
import { MEETINGS_QUERY, type MeetingsData } from '../meetings-query';

const PAGE_SIZE = 20;

/** The meetings of the caller's village (or of a picked village for township and county users). */
export function MeetingsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const pages = useCursorPages(regionCode ?? '');
  const query = useGqlQuery<MeetingsData>(MEETINGS_QUERY, { regionCode: regionCode ?? null, first: PAGE_SIZE, after: pages.after });
  const connection = query.data?.meetings;
  const meetings = connection?.edges.map((edge) => edge.node) ?? [];
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = divisionCode.length > 0 && divisionCode.length < 12;

  return (
    <section data-testid="meetings-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <h2 style={{ margin: 0, fontSize: 20 }}>{t('meetings.title')}</h2>
        {aboveVillage ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
      </Flex>
      <QueryState
        testId="meetings"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={connection !== undefined}
        isEmpty={meetings.length === 0}
        onRetry={query.reload}
        emptyText={t('meetings.empty')}
      >
        {isPhone ? (
          <MeetingCards meetings={meetings} loading={query.loading} />
        ) : (
          <MeetingTable meetings={meetings} loading={query.loading} showVillage={aboveVillage} />
        )}
        {connection ? (
          <CursorPager
            testId="meetings-pager"
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
