import {
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  RegionPicker,
  useIsPhone,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { MeetingCards } from '../components/MeetingCards';
import { MeetingTable } from '../components/MeetingTable';
import { MEETINGS_QUERY } from '../meetings-query';

const PAGE_SIZE = 20;

/** The meetings of the caller's village (or of a picked village for township and county users). */
export function MeetingsPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const query = usePagedQuery(
    MEETINGS_QUERY,
    { regionCode: regionCode ?? null },
    { pageSize: PAGE_SIZE, connection: (data) => data.meetings },
  );
  const meetings = query.nodes;
  const divisionCode = session?.account.divisionCode ?? '';
  const aboveVillage = isAboveVillage(divisionCode);

  return (
    <section data-testid="meetings-page">
      <PageHeader title={t('meetings.title')} marginBottom={16}>
        {aboveVillage ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
      </PageHeader>
      <PagedQueryState testId="meetings" query={query} showPartial emptyText={t('meetings.empty')}>
        {isPhone ? (
          <MeetingCards meetings={meetings} loading={query.loading} />
        ) : (
          <MeetingTable meetings={meetings} loading={query.loading} showVillage={aboveVillage} />
        )}
      </PagedQueryState>
    </section>
  );
}
