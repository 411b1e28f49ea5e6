import { CursorPager, QueryState, useCursorPages, useGqlQuery, useT } from '@xiangzhi/platform';
import { Card, Flex } from 'antd';
import { nodesOf } from '../../api/enums';
import { COVERAGE_QUERY, type PairingCoverageData } from '../../api/pairing';
import { Link } from '../Link';
import { StatTile } from '../StatTile';
import { TagList } from '../TagList';

const PAGE_SIZE = 20;

/** 家家党员联、户户见党员: the numbers, then the unpaired households (special groups first). */
export function CoverageSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const pages = useCursorPages(regionCode ?? '');
  const query = useGqlQuery<PairingCoverageData>(COVERAGE_QUERY, { regionCode, first: PAGE_SIZE, after: pages.after });
  const coverage = query.data?.pairingCoverage;
  const unpaired = nodesOf(coverage?.unpaired);

  return (
    <QueryState testId="coverage" loading={query.loading} error={query.error} partialErrors={query.partialErrors} hasData={coverage !== undefined} isEmpty={false} onRetry={query.reload}>
      {coverage ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={8} data-testid="coverage-numbers">
            <StatTile label={t('gov.pairing.total')} value={coverage.totalHouseholds} testId="coverage-total" />
            <StatTile label={t('gov.pairing.paired')} value={coverage.pairedHouseholds} testId="coverage-paired" tone="good" />
            <StatTile label={t('gov.pairing.unpaired')} value={coverage.unpairedHouseholds} testId="coverage-unpaired" tone={coverage.unpairedHouseholds > 0 ? 'danger' : undefined} />
            <StatTile label={t('gov.pairing.specialUnpaired')} value={coverage.specialUnpaired} testId="coverage-special-unpaired" tone={coverage.specialUnpaired > 0 ? 'danger' : undefined} />
            <StatTile label={t('gov.pairing.ratio')} value={`${Math.round(coverage.ratio * 1000) / 10}%`} testId="coverage-ratio" />
          </Flex>
          <Card size="small" title={t('gov.pairing.unpairedList')}>
            {unpaired.length === 0 ? (
              <span data-testid="unpaired-empty" style={{ color: '#389e0d' }}>
                {t('gov.pairing.allPaired')}
              </span>
            ) : (
              <Flex vertical gap={8} data-testid="unpaired-list">
                {unpaired.map((household) => (
                  <Flex key={household.id} wrap gap={8} align="center" data-testid="unpaired-row" data-household-id={household.id} style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5' }}>
                    <Link to={{ page: 'household', id: household.id }}>
                      <strong>{household.headName}</strong>
                    </Link>
                    <span style={{ color: 'rgba(0,0,0,0.55)' }}>
                      {[household.village?.name, household.grid?.name, household.address].filter(Boolean).join(' · ')}
                    </span>
                    <TagList tags={household.tags} />
                  </Flex>
                ))}
              </Flex>
            )}
            <CursorPager
              testId="unpaired-pager"
              page={pages.page}
              pageSize={PAGE_SIZE}
              totalCount={coverage.unpaired.totalCount}
              hasNextPage={coverage.unpaired.pageInfo.hasNextPage}
              loading={query.loading}
              onPrev={pages.prev}
              onNext={() => pages.next(coverage.unpaired.pageInfo.endCursor)}
            />
          </Card>
        </Flex>
      ) : null}
    </QueryState>
  );
}
