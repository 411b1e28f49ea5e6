import { PageHeader, QueryState, useGqlQuery, useIsPhone, useSession, useT } from '@xiangzhi/platform';
import { Alert, Card, Flex, Input, Tabs } from 'antd';
import { useState } from 'react';
import { RankingSummaryPageDocument, type RankingKind } from '../gql/graphql';

const thisYear = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);

/** 季点评、年考核: a quarter's or a year's totals from the published months, with rank movement. */
export function SummaryPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const division = useSession()?.account.divisionCode ?? '';
  const [period, setPeriod] = useState(thisYear());
  const [kind, setKind] = useState<RankingKind>('CADRE');
  const valid = /^\d{4}(-Q[1-4])?$/.test(period);
  const query = useGqlQuery(RankingSummaryPageDocument, { divisionCode: division, period, kind }, { skip: !valid });
  const summary = query.data?.rankingSummary ?? null;
  return (
    <section data-testid="summary-page">
      <PageHeader title={t('summary.title')} marginBottom={12}>
        <Input
          value={period}
          onChange={(e) => setPeriod(e.target.value.trim())}
          placeholder="2026 / 2026-Q1"
          aria-label={t('summary.period')}
          maxLength={7}
          style={{ width: isPhone ? '100%' : 140 }}
          data-testid="summary-period"
        />
      </PageHeader>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as RankingKind)}
        items={[
          { key: 'CADRE', label: t('ranking.kind.CADRE') },
          { key: 'GRID_MEMBER', label: t('ranking.kind.GRID_MEMBER') },
        ]}
      />
      <QueryState
        testId="summary"
        loading={query.loading}
        error={query.error}
        partialErrors={query.partialErrors}
        hasData={summary !== null}
        isEmpty={!summary?.rows.length}
        onRetry={query.reload}
      >
        {summary ? (
          <Flex vertical gap={8}>
            {summary.missingMonths.length ? (
              <Alert type="info" title={t('summary.missing', { months: summary.missingMonths.join('、') })} />
            ) : null}
            <Card size="small" styles={{ body: { padding: 0 } }}>
              {summary.rows.map((row) => (
                <Flex
                  key={row.cadreId}
                  gap={12}
                  align="center"
                  style={{ padding: '8px 12px' }}
                  data-testid="summary-row"
                >
                  <strong style={{ width: 32 }}>{row.rank}</strong>
                  <span style={{ flex: 1, minWidth: 0 }}>{row.cadreName}</span>
                  <strong>{row.total}</strong>
                  <span style={{ width: 48, textAlign: 'right' }} data-testid="summary-movement">
                    {row.movement == null
                      ? '—'
                      : row.movement > 0
                        ? `↑${row.movement}`
                        : row.movement < 0
                          ? `↓${-row.movement}`
                          : '='}
                  </span>
                </Flex>
              ))}
            </Card>
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
