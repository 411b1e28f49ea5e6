import {
  DataTable,
  defineMessages,
  isAboveVillage,
  QueryState,
  RegionPicker,
  useGqlQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Card, Flex, Radio, Select, Spin } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { CASE_FIGURES_QUERY } from '../api/figures';
import { FIGURES_MESSAGES } from '../messages/figures';

defineMessages(FIGURES_MESSAGES);

// ECharts comes with this chunk only, when the page shows a chart
const FiguresChart = lazy(() =>
  import('../components/figures/FiguresChart').then((m) => ({ default: m.FiguresChart })),
);

type GroupBy = 'GRID' | 'VILLAGE' | 'TOWNSHIP' | 'MONTH';
const PERIODS = [1, 3, 6, 12] as const;

/** `YYYY-MM` of the month `back` months before this one, in China time. */
function monthBack(back: number): string {
  const now = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

const percent = (r: number | null | undefined): string => (r == null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** 民情统计: raised, closed, on time, 小事不出村 / 大事不出乡 and satisfaction per grid, village, township or month. */
export function FiguresPage() {
  const t = useT();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy>(divisionCode.length >= 12 ? 'GRID' : 'VILLAGE');
  const [months, setMonths] = useState<number>(12);
  const figures = useGqlQuery(CASE_FIGURES_QUERY, {
    divisionCode: regionCode,
    groupBy,
    from: monthBack(months - 1),
    to: monthBack(0),
  });
  const data = figures.data?.caseFigures;
  const labels = useMemo(
    () => ({
      raised: t('gov.figures.raised'),
      closed: t('gov.figures.closed'),
      onTime: t('gov.figures.onTime'),
      satisfaction: t('gov.figures.satisfaction'),
    }),
    [t],
  );
  const groups: GroupBy[] = ['GRID', 'VILLAGE', 'TOWNSHIP', 'MONTH'];

  return (
    <section data-testid="figures-page">
      <h2 style={{ margin: '0 0 12px', fontSize: 20 }}>{t('gov.figures.title')}</h2>
      <Flex wrap gap={12} style={{ marginBottom: 12 }}>
        {isAboveVillage(divisionCode) ? (
          <RegionPicker rootCode={divisionCode} onChange={(code) => setRegionCode(code ?? null)} />
        ) : null}
        <Radio.Group
          optionType="button"
          value={groupBy}
          onChange={(e) => setGroupBy(e.target.value as GroupBy)}
          options={groups.map((g) => ({ value: g, label: t(`gov.figures.by.${g}`) }))}
          data-testid="figures-group-by"
        />
        <Select
          value={months}
          onChange={setMonths}
          style={{ width: 140 }}
          options={PERIODS.map((n) => ({ value: n, label: t('gov.figures.lastMonths', { n }) }))}
          aria-label={t('gov.figures.months')}
        />
      </Flex>
      <QueryState
        testId="figures"
        loading={figures.loading}
        error={figures.error}
        hasData={figures.data !== null}
        isEmpty={false}
      >
        {data ? (
          <Flex vertical gap={12}>
            <Card size="small" data-testid="figures-total">
              <Flex wrap gap={24}>
                <span>{`${t('gov.figures.raised')} ${data.total.raised}`}</span>
                <span>{`${t('gov.figures.closed')} ${data.total.closed}`}</span>
                <span>{`${t('gov.figures.onTimeRate')} ${percent(data.total.onTimeRate)}`}</span>
                <span>{`${t('gov.figures.inVillage')} ${data.total.closedInVillage}`}</span>
                <span>{`${t('gov.figures.inTownship')} ${data.total.closedInTownship}`}</span>
                <span>{`${t('gov.figures.satisfaction')} ${percent(data.total.satisfactionRate)}`}</span>
              </Flex>
            </Card>
            <Card size="small">
              {data.rows.length ? (
                <Suspense fallback={<Spin />}>
                  <FiguresChart rows={data.rows} labels={labels} />
                </Suspense>
              ) : (
                <span data-testid="figures-empty">{t('gov.figures.empty')}</span>
              )}
            </Card>
            <DataTable
              testId="figures-table"
              size="small"
              rowKey="key"
              rows={data.rows}
              rowAttributes={(r) => ({ 'data-testid': 'figures-row', 'data-key': r.key })}
              scrollX={720}
              columns={[
                { title: t('gov.figures.group'), dataIndex: 'name' },
                { title: t('gov.figures.raised'), dataIndex: 'raised' },
                { title: t('gov.figures.closed'), dataIndex: 'closed' },
                { title: t('gov.figures.onTime'), dataIndex: 'onTime' },
                { title: t('gov.figures.inVillage'), dataIndex: 'closedInVillage' },
                { title: t('gov.figures.inTownship'), dataIndex: 'closedInTownship' },
                {
                  title: t('gov.figures.satisfaction'),
                  dataIndex: 'satisfactionRate',
                  render: (r: number | null) => percent(r),
                },
              ]}
            />
          </Flex>
        ) : null}
      </QueryState>
    </section>
  );
}
