import { AppError, CommonErrorCode } from '@xiangzhi/subgraph-kit';

/** Why the points module refuses a request; each maps to a contract code (and the input field at fault). */
export enum PointEntryErrorCode {
  SELF_AWARD = 'SELF_AWARD',
  CADRE_INVALID = 'CADRE_INVALID',
  /** No such cadre, or one outside the caller's jurisdiction: one answer, so nothing leaks. */
  CADRE_NOT_FOUND = 'CADRE_NOT_FOUND',
  /** The line's division is not the cadre's (their village, or for a township cadre the township or one of its villages). */
  DIVISION_NOT_CADRES = 'DIVISION_NOT_CADRES',
  DIVISION_CODE_INVALID = 'DIVISION_CODE_INVALID',
  DIVISION_OUT_OF_SCOPE = 'DIVISION_OUT_OF_SCOPE',
  POINTS_INVALID = 'POINTS_INVALID',
  REASON_LENGTH = 'REASON_LENGTH',
  REASON_CONTROL_CHARS = 'REASON_CONTROL_CHARS',
  OCCURRED_AT_INVALID = 'OCCURRED_AT_INVALID',
  REGION_CODE_INVALID = 'REGION_CODE_INVALID',
  LEADERBOARD_SIZE = 'LEADERBOARD_SIZE',
}

export const POINTS_LIMIT = 1000;
export const REASON_MAX = 200;
export const LEADERBOARD_MAX = 100;

interface Rule {
  code: CommonErrorCode | PointEntryErrorCode;
  field?: string;
  message: string;
}

const RULES: Record<PointEntryErrorCode, Rule> = {
  [PointEntryErrorCode.SELF_AWARD]: { code: CommonErrorCode.FORBIDDEN, message: '不能给自己记分' },
  [PointEntryErrorCode.CADRE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'cadreId',
    message: '党员干部编号无效',
  },
  [PointEntryErrorCode.CADRE_NOT_FOUND]: {
    code: PointEntryErrorCode.CADRE_NOT_FOUND,
    field: 'cadreId',
    message: '党员干部不存在，或不在您的管辖范围内',
  },
  [PointEntryErrorCode.DIVISION_NOT_CADRES]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'divisionCode',
    message: '记分区划应为该党员干部所在的村；乡镇干部可为本乡镇或其下属的村',
  },
  [PointEntryErrorCode.DIVISION_CODE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'divisionCode',
    message: '区划代码应为村（12 位）或乡镇（9 位）数字',
  },
  [PointEntryErrorCode.DIVISION_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该区划不在您的管辖范围内，不能记分',
  },
  [PointEntryErrorCode.POINTS_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'points',
    message: `分值应为 -${POINTS_LIMIT} 到 ${POINTS_LIMIT} 之间的非零整数`,
  },
  [PointEntryErrorCode.REASON_LENGTH]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'reason',
    message: `记分事由应为 1 到 ${REASON_MAX} 个字`,
  },
  [PointEntryErrorCode.REASON_CONTROL_CHARS]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'reason',
    message: '记分事由不能包含换行、制表符等控制字符',
  },
  [PointEntryErrorCode.OCCURRED_AT_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'occurredAt',
    message: '发生时间无效：应在 2000 年之后，且不晚于现在',
  },
  [PointEntryErrorCode.REGION_CODE_INVALID]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'regionCode',
    message: '区划代码应为 6、9 或 12 位数字',
  },
  [PointEntryErrorCode.LEADERBOARD_SIZE]: {
    code: CommonErrorCode.BAD_USER_INPUT,
    field: 'first',
    message: `排行榜条数须在 1 到 ${LEADERBOARD_MAX} 之间`,
  },
};

export const pointEntryError = (code: PointEntryErrorCode): AppError => {
  const rule = RULES[code];
  return new AppError(rule.code, rule.message, rule.field);
};
