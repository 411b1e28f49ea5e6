import { PointsLeaderboardDocument, type PointsLeaderboardQuery } from './gql/graphql';

export const LEADERBOARD_QUERY = PointsLeaderboardDocument;

/** `cadre` is null when the governance subgraph could not resolve it: the row still shows rank and total. */
export type LeaderboardRow = NonNullable<PointsLeaderboardQuery['pointsLeaderboard']>[number];

/** Rows can share a rank (ties), so the key is the cadre when known. */
export function rowKey(row: LeaderboardRow, index = 0): string {
  return row.cadre?.id ?? `rank-${row.rank}-${index}`;
}
