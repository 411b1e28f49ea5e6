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
  DIVISION_CODE_INVALID = 'POINTS_DIVISION_CODE_INVALID',
  DIVISION_OUT_OF_SCOPE = 'POINTS_DIVISION_OUT_OF_SCOPE',
  POINTS_INVALID = 'POINTS_VALUE_INVALID',
  REASON_INVALID = 'POINTS_REASON_INVALID',
  OCCURRED_AT_INVALID = 'POINTS_OCCURRED_AT_INVALID',
  REGION_CODE_INVALID = 'POINTS_REGION_CODE_INVALID',
  LEADERBOARD_SIZE = 'POINTS_LEADERBOARD_SIZE_INVALID',
}

export const POINTS_LIMIT = 1000;
export const REASON_MAX = 200;
export const LEADERBOARD_MAX = 100;

/** Each code with the input field at fault and the message; `detail` says which rule of a field broke. */
export const pointEntryError = errorTable<PointEntryErrorCode>({
  [PointEntryErrorCode.SELF_AWARD]: { code: CommonErrorCode.FORBIDDEN, message: '不能给自己记分' },
  [PointEntryErrorCode.CADRE_NOT_FOUND]: { field: 'cadreId', message: '党员干部不存在，或不在您的管辖范围内' },
  [PointEntryErrorCode.DIVISION_NOT_CADRES]: {
    field: 'divisionCode',
    message: '记分区划应为该党员干部所在的村；乡镇干部可为本乡镇或其下属的村',
  },
  [PointEntryErrorCode.DIVISION_CODE_INVALID]: {
    field: 'divisionCode',
    message: '区划代码应为村（12 位）或乡镇（9 位）数字',
  },
  [PointEntryErrorCode.DIVISION_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该区划不在您的管辖范围内，不能记分',
  },
  [PointEntryErrorCode.POINTS_INVALID]: {
    field: 'points',
    message: `分值应为 -${POINTS_LIMIT} 到 ${POINTS_LIMIT} 之间的非零整数`,
  },
  [PointEntryErrorCode.REASON_INVALID]: { field: 'reason', message: '记分事由无效' },
  [PointEntryErrorCode.OCCURRED_AT_INVALID]: {
    field: 'occurredAt',
    message: '发生时间无效：应在 2000 年之后，且不晚于现在',
  },
  [PointEntryErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [PointEntryErrorCode.LEADERBOARD_SIZE]: { field: 'first', message: `排行榜条数须在 1 到 ${LEADERBOARD_MAX} 之间` },
});
