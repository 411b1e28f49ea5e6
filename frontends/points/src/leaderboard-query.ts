export type CadreKind = 'TOWNSHIP_CADRE' | 'VILLAGE_COMMITTEE' | 'WORK_TEAM' | 'PARTY_MEMBER' | 'ACTIVIST';

export interface LeaderboardRow {
  rank: number;
  total: number;
  /** Null when the governance subgraph could not resolve it: the row still shows rank and total. */
  cadre: { id: string; name: string; post: string; kind: CadreKind } | null;
}

export interface LeaderboardData {
  pointsLeaderboard: LeaderboardRow[];
}

export const LEADERBOARD_QUERY = `query PointsLeaderboard($regionCode: String, $first: Int) {
  pointsLeaderboard(regionCode: $regionCode, first: $first) { rank total cadre { id name post kind } }
}`;

/** Rows can share a rank (ties), so the key is the cadre when known. */
export function rowKey(row: LeaderboardRow, index = 0): string {
  return row.cadre?.id ?? `rank-${row.rank}-${index}`;
}
