import { ConnectionPager, QueryState, usePagedQuery, useT, COLORS } from '@xiangzhi/platform';
import { Card, Flex } from 'antd';
import { COVERAGE_QUERY } from '../../api/pairing';
import { countOrDash } from '../../lib/display';
import { HouseholdLine } from '../HouseholdLine';
import { StatTile } from '../StatTile';

const PAGE_SIZE = 20;

/** 家家党员联、户户见党员: the numbers, then the unpaired households (special groups first). */
export function CoverageSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const query = usePagedQuery(
    COVERAGE_QUERY,
    { regionCode },
    { pageSize: PAGE_SIZE, connection: (data) => data.pairingCoverage.unpaired },
  );
  const coverage = query.data?.pairingCoverage;
  const unpaired = query.nodes;

  return (
    <QueryState
      testId="coverage"
      loading={query.loading}
      error={query.error}
      partialErrors={query.partialErrors}
      hasData={coverage !== undefined}
      isEmpty={false}
      onRetry={query.reload}
    >
      {coverage ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} data-testid="coverage-numbers">
            <StatTile label={t('gov.pairing.total')} value={coverage.totalHouseholds} testId="coverage-total" />
            <StatTile
              label={t('gov.pairing.paired')}
              value={coverage.pairedHouseholds}
              testId="coverage-paired"
              tone="good"
            />
            <StatTile
              label={t('gov.pairing.unpaired')}
              value={coverage.unpairedHouseholds}
              testId="coverage-unpaired"
              tone={coverage.unpairedHouseholds > 0 ? 'danger' : undefined}
            />
            {/* null: the account may not see special groups (a county department), so "—", never 0 */}
            <StatTile
              label={t('gov.pairing.specialUnpaired')}
              value={countOrDash(coverage.specialUnpaired)}
              testId="coverage-special-unpaired"
              tone={(coverage.specialUnpaired ?? 0) > 0 ? 'danger' : undefined}
            />
            <StatTile
              label={t('gov.pairing.ratio')}
              value={`${Math.round(coverage.ratio * 1000) / 10}%`}
              testId="coverage-ratio"
            />
          </Flex>
          <Card size="small" title={t('gov.pairing.unpairedList')}>
            {unpaired.length === 0 ? (
              <span data-testid="unpaired-empty" style={{ color: COLORS.success }}>
                {t('gov.pairing.allPaired')}
              </span>
            ) : (
              <Flex vertical gap={8} data-testid="unpaired-list">
                {unpaired.map((household) => (
                  <HouseholdLine key={household.id} household={household} testId="unpaired-row" />
                ))}
              </Flex>
            )}
            <ConnectionPager testId="unpaired-pager" query={query} />
          </Card>
        </Flex>
      ) : null}
    </QueryState>
  );
}
