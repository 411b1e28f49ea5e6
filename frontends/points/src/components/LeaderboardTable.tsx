import { useT } from '@xiangzhi/platform';
import { Table, Tag, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { rowKey, type LeaderboardRow } from '../leaderboard-query';
import { RankBadge } from './RankBadge';

const testId = (id: string) => ({ 'data-testid': id }) as HTMLAttributes<HTMLElement>;

export function LeaderboardTable({ rows, loading }: { rows: LeaderboardRow[]; loading: boolean }) {
  const t = useT();
  const columns: TableColumnsType<LeaderboardRow> = [
    { key: 'rank', title: t('points.rank'), width: 80, align: 'center', render: (_, row) => <RankBadge rank={row.rank} /> },
    { key: 'name', title: t('points.name'), render: (_, row) => row.cadre?.name ?? t('points.unknownCadre'), onCell: () => testId('leaderboard-name') },
    { key: 'post', title: t('points.post'), render: (_, row) => row.cadre?.post ?? '—', onCell: () => testId('leaderboard-post') },
    { key: 'kind', title: t('points.kind'), render: (_, row) => (row.cadre ? <Tag>{t(`points.kind.${row.cadre.kind}`)}</Tag> : null) },
    { key: 'total', title: t('points.total'), dataIndex: 'total', width: 120, align: 'right', onCell: () => testId('leaderboard-total') },
  ];
  return (
    <div data-testid="leaderboard">
      <Table<LeaderboardRow>
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        onRow={(row) => ({ 'data-testid': 'leaderboard-row', 'data-rank': row.rank }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
