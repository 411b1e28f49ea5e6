import { cellTestId, DataTable, useT } from '@xiangzhi/platform';
import { Button, type TableColumnsType } from 'antd';
import type { HouseholdRow } from '../households-query';
import { navigate } from '../lib/routing';
import { Link } from '../lib/routing';
import { PairedCadres } from './PairedCadres';
import { TagList } from './TagList';

export interface HouseholdTableProps {
  households: HouseholdRow[];
  loading: boolean;
  showVillage: boolean;
  canVisit: boolean;
}

/** Desktop: one line per household; the pager below it does the server pagination. */
export function HouseholdTable({ households, loading, showVillage, canVisit }: HouseholdTableProps) {
  const t = useT();
  const columns: TableColumnsType<HouseholdRow> = [
    {
      key: 'head',
      title: t('governance.head'),
      width: 110,
      onCell: () => cellTestId('household-head'),
      render: (_, row) => (
        <Link to={{ page: 'household', id: row.id }} testId="household-open">
          {row.headName}
        </Link>
      ),
    },
    ...(showVillage
      ? [
          {
            key: 'village',
            title: t('governance.village'),
            width: 120,
            render: (_: unknown, row: HouseholdRow) => row.village?.name ?? '—',
          },
        ]
      : []),
    { key: 'address', title: t('governance.address'), dataIndex: 'address', ellipsis: true },
    {
      key: 'grid',
      title: t('governance.grid'),
      width: 170,
      render: (_, row) => row.grid?.name ?? t('governance.noGrid'),
    },
    { key: 'members', title: t('governance.members'), dataIndex: 'memberCount', width: 70, align: 'right' },
    { key: 'tags', title: t('gov.households.tags'), width: 180, render: (_, row) => <TagList tags={row.tags} /> },
    {
      key: 'cadres',
      title: t('governance.pairedCadres'),
      render: (_, row) => <PairedCadres cadres={row.pairedCadres} />,
    },
    ...(canVisit
      ? [
          {
            key: 'actions',
            title: '',
            width: 96,
            render: (_: unknown, row: HouseholdRow) => (
              <Button
                size="small"
                onClick={() => navigate({ page: 'visit-new', household: row.id })}
                data-testid="household-visit"
              >
                {t('gov.households.recordVisit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <DataTable<HouseholdRow>
      testId="households-table"
      rowKey="id"
      columns={columns}
      rows={households}
      loading={loading}
      rowAttributes={(row) => ({ 'data-testid': 'household-row', 'data-household-id': row.id })}
      scrollX={900}
    />
  );
}
