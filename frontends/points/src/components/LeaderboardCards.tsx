import { useT, COLORS } from '@xiangzhi/platform';
import { Card, Flex, Spin } from 'antd';
import { rowKey, type LeaderboardRow } from '../leaderboard-query';
import { RankBadge } from './RankBadge';

/** Phone width: one compact line per cadre — rank, name and post, total. */
export function LeaderboardCards({ rows, loading }: { rows: LeaderboardRow[]; loading: boolean }) {
  const t = useT();
  return (
    <Spin spinning={loading}>
      <Card size="small" styles={{ body: { padding: 0 } }} data-testid="leaderboard">
        {rows.map((row, index) => (
          <Flex
            key={rowKey(row, index)}
            align="center"
            gap={12}
            style={{ padding: '10px 12px', borderTop: index === 0 ? undefined : `1px solid ${COLORS.border}` }}
            data-testid="leaderboard-row"
            data-rank={row.rank}
          >
            <RankBadge rank={row.rank} />
            <Flex vertical style={{ flex: 1, minWidth: 0 }}>
              <strong data-testid="leaderboard-name">{row.cadre?.name ?? t('points.unknownCadre')}</strong>
              <span style={{ color: COLORS.textSecondary, fontSize: 13 }} data-testid="leaderboard-post">
                {row.cadre?.post ?? '—'}
              </span>
            </Flex>
            <strong data-testid="leaderboard-total">{t('points.totalValue', { total: row.total })}</strong>
          </Flex>
        ))}
      </Card>
    </Spin>
  );
}
