import { useT } from '@xiangzhi/platform';
import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import type { HouseholdRow } from '../households-query';
import { PairedCadres } from './PairedCadres';

export interface HouseholdTableProps {
  households: HouseholdRow[];
  loading: boolean;
  showVillage: boolean;
}

const rowAttributes = (row: HouseholdRow) =>
  ({ 'data-testid': 'household-row', 'data-household-id': row.id }) as HTMLAttributes<HTMLElement>;

/** Desktop: one line per household; the pager below it does the server pagination. */
export function HouseholdTable({ households, loading, showVillage }: HouseholdTableProps) {
  const t = useT();
  const columns: TableColumnsType<HouseholdRow> = [
    { key: 'head', title: t('governance.head'), dataIndex: 'headName', width: 120, onCell: () => ({ 'data-testid': 'household-head' }) as HTMLAttributes<HTMLElement> },
    ...(showVillage
      ? [{ key: 'village', title: t('governance.village'), width: 120, render: (_: unknown, row: HouseholdRow) => row.village?.name ?? '—' }]
      : []),
    { key: 'address', title: t('governance.address'), dataIndex: 'address', ellipsis: true },
    { key: 'grid', title: t('governance.grid'), width: 190, render: (_, row) => row.grid?.name ?? t('governance.noGrid') },
    { key: 'members', title: t('governance.members'), dataIndex: 'memberCount', width: 80, align: 'right' },
    { key: 'cadres', title: t('governance.pairedCadres'), render: (_, row) => <PairedCadres cadres={row.pairedCadres} /> },
  ];
  return (
    <div data-testid="households-table">
      <Table<HouseholdRow>
        rowKey="id"
        columns={columns}
        dataSource={households}
        loading={loading}
        pagination={false}
        size="middle"
        onRow={rowAttributes}
        scroll={{ x: 760 }}
      />
    </div>
  );
}
