import { DownloadOutlined } from '@ant-design/icons';
import { PagedQueryState, usePagedQuery, useT, type Connection, COLORS } from '@xiangzhi/platform';
import { Alert, Button, Card, Flex, type TableColumnsType } from 'antd';
import { EXPORT_ROSTER, ROSTER_QUERY, type RosterRow } from '../../api/pairing';
import { useFileAction } from '../../lib/useFileAction';
import { RowList } from '../RowList';

const PAGE_SIZE = 50;

/** 联户花名册: grid → village → township order, phones masked; exported as .xlsx. */
export function RosterSection({ regionCode }: { regionCode: string | null }) {
  const t = useT();
  const query = usePagedQuery(
    ROSTER_QUERY,
    { regionCode },
    { pageSize: PAGE_SIZE, connection: (data: { pairingRoster: Connection<RosterRow> }) => data.pairingRoster },
  );
  const exporter = useFileAction(EXPORT_ROSTER, 'exportPairingRoster');
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
        <Button
          icon={<DownloadOutlined />}
          loading={exporter.busy}
          onClick={() => exporter.run({ regionCode })}
          data-testid="roster-export"
        >
          {t('gov.roster.export')}
        </Button>
      </Flex>
      {exporter.error ? <Alert type="error" showIcon title={exporter.error} data-testid="roster-export-error" /> : null}
      <PagedQueryState testId="roster" query={query} emptyText={t('gov.roster.empty')}>
        <RowList<RosterRow>
          testId="roster-list"
          rowKey="pairingId"
          columns={columns}
          rows={query.nodes}
          loading={query.loading}
          rowAttributes={(row) => ({ 'data-testid': 'roster-row', 'data-pairing-id': row.pairingId })}
          scrollX={1000}
          renderCard={(row, attributes) => (
            <Card
              size="small"
              {...attributes}
              title={`${row.cadreName} · ${row.cadrePost}`}
              extra={row.cadrePhoneMasked}
            >
              <div>
                {t('governance.head')}：{row.householdHead} · {row.householdAddress}
              </div>
              <div style={{ color: COLORS.textSecondary }}>
                {[row.township, row.village, row.grid].filter(Boolean).join(' · ')} · {row.startedOn}
              </div>
            </Card>
          )}
        />
      </PagedQueryState>
    </Flex>
  );
}
