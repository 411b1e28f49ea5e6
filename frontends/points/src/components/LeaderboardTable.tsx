import { cellTestId, DataTable, useT } from '@xiangzhi/platform';
import { Tag, type TableColumnsType } from 'antd';
import { rowKey, type LeaderboardRow } from '../leaderboard-query';
import { RankBadge } from './RankBadge';

export function LeaderboardTable({ rows, loading }: { rows: LeaderboardRow[]; loading: boolean }) {
  const t = useT();
  const columns: TableColumnsType<LeaderboardRow> = [
    {
      key: 'rank',
      title: t('points.rank'),
      width: 80,
      align: 'center',
      render: (_, row) => <RankBadge rank={row.rank} />,
    },
    {
      key: 'name',
      title: t('points.name'),
      render: (_, row) => row.cadre?.name ?? t('points.unknownCadre'),
      onCell: () => cellTestId('leaderboard-name'),
    },
    {
      key: 'post',
      title: t('points.post'),
      render: (_, row) => row.cadre?.post ?? '—',
      onCell: () => cellTestId('leaderboard-post'),
    },
    {
      key: 'kind',
      title: t('points.kind'),
      render: (_, row) => (row.cadre ? <Tag>{t(`points.kind.${row.cadre.kind}`)}</Tag> : null),
    },
    {
      key: 'total',
      title: t('points.total'),
      dataIndex: 'total',
      width: 120,
      align: 'right',
      onCell: () => cellTestId('leaderboard-total'),
    },
  ];
  return (
    <DataTable<LeaderboardRow>
      testId="leaderboard"
      rowKey={rowKey}
      columns={columns}
      rows={rows}
      loading={loading}
      rowAttributes={(row) => ({ 'data-testid': 'leaderboard-row', 'data-rank': row.rank })}
    />
  );
}
