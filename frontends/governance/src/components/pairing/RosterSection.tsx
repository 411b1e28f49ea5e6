import { DownloadOutlined } from '@ant-design/icons';
import { CursorPager, QueryState, useCursorPages, useGqlQuery, useIsPhone, useT } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { nodesOf, type Connection } from '../../api/enums';
import { EXPORT_ROSTER, ROSTER_QUERY, type RosterRow } from '../../api/pairing';
import { useFileAction } from '../../lib/useFileAction';

const PAGE_SIZE = 50;
const rowAttributes = (row: RosterRow) => ({ 'data-testid': 'roster-row', 'data-pairing-id': row.pairingId }) as HTMLAttributes<HTMLElement>;

/** 联户花名册: grid → village → township order, phones masked; exported as .xlsx. */
export function RosterSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const isPhone = useIsPhone();
  const pages = useCursorPages(regionCode ?? '');
  const query = useGqlQuery<{ pairingRoster: Connection<RosterRow> }>(ROSTER_QUERY, { regionCode, first: PAGE_SIZE, after: pages.after });
  const exporter = useFileAction(EXPORT_ROSTER, 'exportPairingRoster');
  const rows = nodesOf(query.data?.pairingRoster);
  const columns: TableColumnsType<RosterRow> = [
    { key: 'township', title: t('gov.roster.township'), dataIndex: 'township', width: 110 },
    { key: 'village', title: t('governance.village'), dataIndex: 'village', width: 110 },
    { key: 'grid', title: t('governance.grid'), dataIndex: 'grid', width: 150 },
    { key: 'cadre', title: t('gov.pairing.cadre'), width: 100, dataIndex: 'cadreName' },
    { key: 'post', title: t('gov.pairing.post'), dataIndex: 'cadrePost', width: 120 },
    { key: 'phone', title: t('gov.resident.phone'), dataIndex: 'cadrePhoneMasked', width: 120 },
    { key: 'head', title: t('governance.head'), dataIndex: 'householdHead', width: 90 },
    { key: 'address', title: t('governance.address'), dataIndex: 'householdAddress', ellipsis: true },
    { key: 'since', title: t('gov.roster.since'), dataIndex: 'startedOn', width: 110 },
  ];
  return (
    <Flex vertical gap={8}>
      <Flex justify="flex-end">
        <Button icon={<DownloadOutlined />} loading={exporter.busy} onClick={() => exporter.run({ regionCode })} data-testid="roster-export">
          {t('gov.roster.export')}
        </Button>
      </Flex>
      {exporter.error ? <Alert type="error" showIcon title={exporter.error} data-testid="roster-export-error" /> : null}
      <QueryState testId="roster" loading={query.loading} error={query.error} hasData={query.data !== null} isEmpty={rows.length === 0} onRetry={query.reload} emptyText={t('gov.roster.empty')}>
        {isPhone ? (
          <Flex vertical gap={8} data-testid="roster-list">
            {rows.map((row) => (
              <Card key={row.pairingId} size="small" data-testid="roster-row" data-pairing-id={row.pairingId} title={`${row.cadreName} · ${row.cadrePost}`} extra={row.cadrePhoneMasked}>
                <div>
                  {t('governance.head')}：{row.householdHead} · {row.householdAddress}
                </div>
                <div style={{ color: 'rgba(0,0,0,0.55)' }}>{[row.township, row.village, row.grid].filter(Boolean).join(' · ')} · {row.startedOn}</div>
              </Card>
            ))}
          </Flex>
        ) : (
          <div data-testid="roster-list">
            <Table<RosterRow> rowKey="pairingId" size="small" columns={columns} dataSource={rows} loading={query.loading} pagination={false} onRow={rowAttributes} scroll={{ x: 1000 }} />
          </div>
        )}
        {query.data ? (
          <CursorPager
            testId="roster-pager"
            page={pages.page}
            pageSize={PAGE_SIZE}
            totalCount={query.data.pairingRoster.totalCount}
            hasNextPage={query.data.pairingRoster.pageInfo.hasNextPage}
            loading={query.loading}
            onPrev={pages.prev}
            onNext={() => query.data && pages.next(query.data.pairingRoster.pageInfo.endCursor)}
          />
        ) : null}
      </QueryState>
    </Flex>
  );
}
