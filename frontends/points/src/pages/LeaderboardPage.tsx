import {
  isAboveVillage,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useIsPhone,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { useState } from 'react';
import { LeaderboardCards } from '../components/LeaderboardCards';
import { LeaderboardTable } from '../components/LeaderboardTable';
import { LEADERBOARD_QUERY } from '../leaderboard-query';

const TOP = 50;

/** The points ranking of the caller's jurisdiction (or a picked township / village). */
export function LeaderboardPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const query = useGqlQuery(LEADERBOARD_QUERY, { regionCode: regionCode ?? null, first: TOP });
  const rows = query.data?.pointsLeaderboard ?? [];
  const divisionCode = session?.account.divisionCode ?? '';

  return (
    <section data-testid="points-page">
      <PageHeader title={t('points.title')} marginBottom={16}>
        {isAboveVillage(divisionCode) ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
      </PageHeader>
      <QueryState
        testId="leaderboard"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={rows.length === 0}
        onRetry={query.reload}
        emptyText={t('points.empty')}
      >
        {isPhone ? (
          <LeaderboardCards rows={rows} loading={query.loading} />
        ) : (
          <LeaderboardTable rows={rows} loading={query.loading} />
        )}
      </QueryState>
    </section>
  );
}
