import { COLORS, MEDAL_COLORS } from '@xiangzhi/platform';
const MEDALS: readonly string[] = MEDAL_COLORS;

/** Gold, silver and bronze for the top three; a plain number after. */
export function RankBadge({ rank }: { rank: number }) {
  const medal = MEDALS[rank - 1];
  return (
    <span
      data-testid="leaderboard-rank"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        minWidth: 28,
        height: 28,
        borderRadius: 14,
        fontWeight: 600,
        color: medal ? COLORS.onPrimary : 'inherit',
        background: medal ?? 'transparent',
      }}
    >
      {rank}
    </span>
  );
}
