import { CommonErrorCode, errorTable } from '@xiangzhi/subgraph-kit';

/** Why the points module refuses a request: its own codes (the kit's error contract). */
export enum PointEntryErrorCode {
  SELF_AWARD = 'POINTS_SELF_AWARD',
  /** No such cadre, a malformed id, or one outside the caller's jurisdiction: one answer, so nothing leaks. */
  CADRE_NOT_FOUND = 'CADRE_NOT_FOUND',
  /**
   * The line's division is not the cadre's (their village, or for a township cadre the township or one of its
   * villages).
   */
  DIVISION_NOT_CADRES = 'POINTS_DIVISION_NOT_CADRES',
  REGION_CODE_INVALID = 'POINTS_REGION_CODE_INVALID',
  LEADERBOARD_SIZE = 'POINTS_LEADERBOARD_SIZE_INVALID',
}

export const LEADERBOARD_MAX = 100;

/** Each code with the input field at fault and the message; `detail` says which rule of a field broke. */
export const pointEntryError = errorTable<PointEntryErrorCode>({
  [PointEntryErrorCode.SELF_AWARD]: { code: CommonErrorCode.FORBIDDEN, message: '不能给自己记分' },
  [PointEntryErrorCode.CADRE_NOT_FOUND]: { field: 'cadreId', message: '党员干部不存在，或不在您的管辖范围内' },
  [PointEntryErrorCode.DIVISION_NOT_CADRES]: {
    field: 'divisionCode',
    message: '记分区划应为该党员干部所在的村；乡镇干部可为本乡镇或其下属的村',
  },
  [PointEntryErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [PointEntryErrorCode.LEADERBOARD_SIZE]: { field: 'first', message: `排行榜条数须在 1 到 ${LEADERBOARD_MAX} 之间` },
});
