import { QueryState, RegionPicker, useGqlQuery, useIsPhone, useSession, useT } from '@xiangzhi/platform';
import { Flex } from 'antd';
import { useState } from 'react';
import { LeaderboardCards } from '../components/LeaderboardCards';
import { LeaderboardTable } from '../components/LeaderboardTable';
import { LEADERBOARD_QUERY, type LeaderboardData } from '../leaderboard-query';

const TOP = 50;

/** The points ranking of the caller's jurisdiction (or a picked township / village). */
export function LeaderboardPage() {
  const t = useT();
  const session = useSession();
  const isPhone = useIsPhone();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const query = useGqlQuery<LeaderboardData>(LEADERBOARD_QUERY, { regionCode: regionCode ?? null, first: TOP });
  const rows = query.data?.pointsLeaderboard ?? [];
  const divisionCode = session?.account.divisionCode ?? '';

  return (
    <section data-testid="points-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <h2 style={{ margin: 0, fontSize: 20 }}>{t('points.title')}</h2>
        {divisionCode.length > 0 && divisionCode.length < 12 ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
      </Flex>
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
        {isPhone ? <LeaderboardCards rows={rows} loading={query.loading} /> : <LeaderboardTable rows={rows} loading={query.loading} />}
      </QueryState>
    </section>
  );
}
