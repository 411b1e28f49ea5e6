import { CursorPager, QueryState, RegionPicker, useCursorPages, useGqlQuery, useSession, useT } from '@xiangzhi/platform';
import { Card, Flex, Radio, Select } from 'antd';
import { useState } from 'react';
import { nodesOf, type CoverageGroup } from '../api/enums';
import { NOT_VISITED_QUERY, VISIT_COVERAGE_QUERY, type NotVisitedData, type VisitCoverageData } from '../api/visits';
import { Link } from '../components/Link';
import { PairedCadres } from '../components/PairedCadres';
import { TagList } from '../components/TagList';
import { CoverageTable } from '../components/visit/CoverageTable';
import { recentPeriods, type PeriodKind } from '../lib/dates';

const PAGE_SIZE = 20;
const GROUPS: CoverageGroup[] = ['CADRE', 'GRID', 'VILLAGE', 'TOWNSHIP'];

/** Visit coverage per month or quarter by cadre, grid, village or township, and who was not visited. */
export function VisitCoveragePage() {
  const t = useT();
  const divisionCode = useSession()?.account.divisionCode ?? '';
  const [kind, setKind] = useState<PeriodKind>('MONTH');
  const [period, setPeriod] = useState(() => recentPeriods('MONTH', 1)[0]);
  const [groupBy, setGroupBy] = useState<CoverageGroup>('CADRE');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [cadreId, setCadreId] = useState<string | null>(null);
  const coverage = useGqlQuery<VisitCoverageData>(VISIT_COVERAGE_QUERY, { regionCode, period, groupBy });
  const pages = useCursorPages(`${regionCode}|${period}|${cadreId}`);
  const notVisited = useGqlQuery<NotVisitedData>(NOT_VISITED_QUERY, { regionCode, period, cadreId, first: PAGE_SIZE, after: pages.after });
  const rows = coverage.data?.visitCoverage ?? [];
  const households = nodesOf(notVisited.data?.notVisited);
  // A village sees its grids and cadres; grouping by village or township only makes sense above it.
  const groups = GROUPS.filter((group) => (group === 'VILLAGE' ? divisionCode.length < 12 : group === 'TOWNSHIP' ? divisionCode.length < 9 : true));

  return (
    <section data-testid="visit-coverage-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <h2 style={{ margin: 0, fontSize: 20 }}>{t('gov.coverage.title')}</h2>
        {divisionCode.length < 12 && divisionCode ? <RegionPicker rootCode={divisionCode} onChange={(code) => setRegionCode(code ?? null)} /> : null}
      </Flex>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(event) => {
            const next = event.target.value as PeriodKind;
            setKind(next);
            setPeriod(recentPeriods(next, 1)[0]);
          }}
          options={[
            { value: 'MONTH', label: <span data-testid="visit-period-month">{t('gov.coverage.month')}</span> },
            { value: 'QUARTER', label: <span data-testid="visit-period-quarter">{t('gov.coverage.quarter')}</span> },
          ]}
        />
        <span data-testid="visit-period">
          <Select value={period} onChange={setPeriod} options={recentPeriods(kind, kind === 'MONTH' ? 12 : 8).map((value) => ({ value, label: value }))} style={{ width: 120 }} />
        </span>
        <Radio.Group
          optionType="button"
          value={groupBy}
          onChange={(event) => {
            setGroupBy(event.target.value as CoverageGroup);
            setCadreId(null);
          }}
          options={groups.map((group) => ({ value: group, label: <span data-testid={`visit-group-${group}`}>{t(`gov.coverage.by.${group}`)}</span> }))}
        />
      </Flex>
      <Flex vertical gap={12}>
        <QueryState testId="visit-coverage" loading={coverage.loading} error={coverage.error} hasData={coverage.data !== null} isEmpty={rows.length === 0} onRetry={coverage.reload} emptyText={t('gov.coverage.empty')}>
          <CoverageTable rows={rows} groupBy={groupBy} loading={coverage.loading} selectedCadre={cadreId} onSelectCadre={setCadreId} />
        </QueryState>
        <Card
          size="small"
          title={
            <span data-testid="not-visited-title">
              {cadreId ? t('gov.coverage.notVisitedCadre', { name: rows.find((row) => row.key === cadreId)?.name ?? '' }) : t('gov.coverage.notVisited')}
              {notVisited.data ? `（${notVisited.data.notVisited.totalCount}）` : ''}
            </span>
          }
        >
          <QueryState testId="not-visited" loading={notVisited.loading} error={notVisited.error} hasData={notVisited.data !== null} isEmpty={households.length === 0} onRetry={notVisited.reload} emptyText={t('gov.coverage.allVisited')}>
            <Flex vertical gap={6} data-testid="not-visited-list">
              {households.map((household) => (
                <Flex key={household.id} wrap gap={8} align="center" data-testid="not-visited-row" data-household-id={household.id} style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }}>
                  <Link to={{ page: 'household', id: household.id }}>
                    <strong>{household.headName}</strong>
                  </Link>
                  <span style={{ color: 'rgba(0,0,0,0.55)' }}>{[household.village?.name, household.grid?.name, household.address].filter(Boolean).join(' · ')}</span>
                  <TagList tags={household.tags} />
                  <PairedCadres cadres={household.pairedCadres.map((cadre) => ({ ...cadre, post: '' }))} />
                </Flex>
              ))}
            </Flex>
            {notVisited.data ? (
              <CursorPager
                testId="not-visited-pager"
                page={pages.page}
                pageSize={PAGE_SIZE}
                totalCount={notVisited.data.notVisited.totalCount}
                hasNextPage={notVisited.data.notVisited.pageInfo.hasNextPage}
                loading={notVisited.loading}
                onPrev={pages.prev}
                onNext={() => notVisited.data && pages.next(notVisited.data.notVisited.pageInfo.endCursor)}
              />
            ) : null}
          </QueryState>
        </Card>
      </Flex>
    </section>
  );
}
