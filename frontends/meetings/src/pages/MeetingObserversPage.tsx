import {
  COLORS,
  isAboveVillage,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Flex, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { MeetingObserverRuleDocument, type MeetingObserverRuleQuery } from '../gql/graphql';
import { navigate } from '../lib/routing';
import { beijingDay } from '../lib/month';

type Row = MeetingObserverRuleQuery['observerRule'][number];

function Verdict({ met, testId }: { met: boolean; testId: string }) {
  const t = useT();
  return (
    <Tag color={met ? 'green' : 'red'} data-testid={testId} data-met={met}>
      {t(met ? 'meetings.observers.met' : 'meetings.observers.notMet')}
    </Tag>
  );
}

/** One village's card: works the same on a desk and a phone (they wrap). */
function VillageCard({ row }: { row: Row }) {
  const t = useT();
  return (
    <div
      data-testid="observer-row"
      data-village={row.villageCode}
      style={{
        border: `1px solid ${COLORS.border}`,
        borderRadius: 8,
        padding: 12,
        background: COLORS.bgContainer,
        width: 300,
        maxWidth: '100%',
      }}
    >
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{row.village?.name ?? row.villageCode}</div>
      <div style={{ color: COLORS.textSecondary, marginBottom: 6 }}>
        {t('meetings.observers.forums')}：{row.forumsHeld}
      </div>
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <span>
          {t('meetings.observers.liaison')}：
          <span data-testid="observer-liaison-count">
            {row.liaisonAttendances}/{row.liaisonRequired}
          </span>
        </span>
        <Verdict met={row.liaisonMet} testId="observer-liaison" />
      </Flex>
      <Flex justify="space-between" align="center">
        <span>
          {t('meetings.observers.workTeam')}：
          {row.workTeamMissingMonths.length
            ? t('meetings.observers.missing', { months: row.workTeamMissingMonths.join('、') })
            : `${row.workTeamMonths.length}`}
        </span>
        <Verdict met={row.workTeamMet} testId="observer-work-team" />
      </Flex>
    </div>
  );
}

/** 列席情况: per village, whether the liaison leader and the work team sat in on the forums as seed 003 asks. */
export function MeetingObserversPage({ year: asked }: { year: string | null }) {
  const t = useT();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const thisYear = Number(beijingDay(new Date()).slice(0, 4));
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : thisYear;
  const query = useGqlQuery(MeetingObserverRuleDocument, { year, regionCode: regionCode ?? null });
  const rows = query.data?.observerRule ?? [];
  return (
    <section data-testid="meetings-observers" data-year={year}>
      <PageHeader title={t('meetings.observers.title')}>
        <Space wrap>
          {isAboveVillage(divisionCode) ? <RegionPicker rootCode={divisionCode} onChange={setRegionCode} /> : null}
          <Select
            value={year}
            style={{ width: 110 }}
            onChange={(y) => navigate({ page: 'observers', year: String(y) })}
            options={[0, 1, 2, 3, 4].map((back) => ({ value: thisYear - back, label: `${thisYear - back}` }))}
            data-testid="observers-year"
          />
        </Space>
      </PageHeader>
      <p style={{ color: COLORS.textSecondary }} data-testid="observers-help">
        {t('meetings.observers.help')}
      </p>
      <QueryState
        testId="observers"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={query.data !== null}
        isEmpty={rows.length === 0}
        emptyText={t('meetings.observers.empty')}
        onRetry={query.reload}
      >
        <Flex wrap gap={12}>
          {rows.map((row) => (
            <VillageCard key={row.villageCode} row={row} />
          ))}
        </Flex>
      </QueryState>
    </section>
  );
}
