import {
  isAboveVillage,
  PagedQueryState,
  PageHeader,
  QueryState,
  RegionPicker,
  useGqlQuery,
  usePagedQuery,
  useSession,
  useT,
} from '@xiangzhi/platform';
import { Card, Flex, Radio, Select } from 'antd';
import { useState } from 'react';
import type { CoverageGroup } from '../api/enums';
import { NOT_VISITED_QUERY, VISIT_COVERAGE_QUERY } from '../api/visits';
import { HouseholdLine } from '../components/HouseholdLine';
import { PairedCadres } from '../components/PairedCadres';
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
  const coverage = useGqlQuery(VISIT_COVERAGE_QUERY, { regionCode, period, groupBy });
  const notVisited = usePagedQuery(
    NOT_VISITED_QUERY,
    { regionCode, period, cadreId },
    { pageSize: PAGE_SIZE, connection: (data) => data.notVisited },
  );
  const rows = coverage.data?.visitCoverage ?? [];
  const households = notVisited.nodes;
  // A village sees its grids and cadres; grouping by village or township only makes sense above it.
  const groups = GROUPS.filter((group) =>
    group === 'VILLAGE' ? divisionCode.length < 12 : group === 'TOWNSHIP' ? divisionCode.length < 9 : true,
  );

  return (
    <section data-testid="visit-coverage-page">
      <PageHeader title={t('gov.coverage.title')}>
        {isAboveVillage(divisionCode) ? (
          <RegionPicker rootCode={divisionCode} onChange={(code) => setRegionCode(code ?? null)} />
        ) : null}
      </PageHeader>
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
          <Select
            value={period}
            onChange={setPeriod}
            options={recentPeriods(kind, kind === 'MONTH' ? 12 : 8).map((value) => ({ value, label: value }))}
            style={{ width: 120 }}
          />
        </span>
        <Radio.Group
          optionType="button"
          value={groupBy}
          onChange={(event) => {
            setGroupBy(event.target.value as CoverageGroup);
            setCadreId(null);
          }}
          options={groups.map((group) => ({
            value: group,
            label: <span data-testid={`visit-group-${group}`}>{t(`gov.coverage.by.${group}`)}</span>,
          }))}
        />
      </Flex>
      <Flex vertical gap={12}>
        <QueryState
          testId="visit-coverage"
          loading={coverage.loading}
          error={coverage.error}
          hasData={coverage.data !== null}
          isEmpty={rows.length === 0}
          onRetry={coverage.reload}
          emptyText={t('gov.coverage.empty')}
        >
          <CoverageTable
            rows={rows}
            groupBy={groupBy}
            loading={coverage.loading}
            selectedCadre={cadreId}
            onSelectCadre={setCadreId}
          />
        </QueryState>
        <Card
          size="small"
          title={
            <span data-testid="not-visited-title">
              {cadreId
                ? t('gov.coverage.notVisitedCadre', { name: rows.find((row) => row.key === cadreId)?.name ?? '' })
                : t('gov.coverage.notVisited')}
              {notVisited.data ? `（${notVisited.data.notVisited.totalCount}）` : ''}
            </span>
          }
        >
          <PagedQueryState testId="not-visited" query={notVisited} emptyText={t('gov.coverage.allVisited')}>
            <Flex vertical gap={6} data-testid="not-visited-list">
              {households.map((household) => (
                <HouseholdLine key={household.id} household={household} testId="not-visited-row">
                  <PairedCadres cadres={household.pairedCadres.map((cadre) => ({ ...cadre, post: '' }))} />
                </HouseholdLine>
              ))}
            </Flex>
          </PagedQueryState>
        </Card>
      </Flex>
    </section>
  );
}
