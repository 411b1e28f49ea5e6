import { CommonErrorCode, errorTable } from '@xiangzhi/subgraph-kit';

/** Why the ranking module refuses a request: its own codes (the kit's error contract). */
export enum RankingErrorCode {
  MONTH_INVALID = 'RANKING_MONTH_INVALID',
  DIVISION_CODE_INVALID = 'RANKING_DIVISION_CODE_INVALID',
  REGION_CODE_INVALID = 'RANKING_REGION_CODE_INVALID',
  DIVISION_OUT_OF_SCOPE = 'RANKING_DIVISION_OUT_OF_SCOPE',
  /** No such ranking, a malformed id, or one the caller may not act on: one answer, so nothing leaks. */
  NOT_FOUND = 'RANKING_NOT_FOUND',
  PUBLISHED = 'RANKING_PUBLISHED',
  NOT_DRAFT = 'RANKING_NOT_DRAFT',
  MONTH_NOT_ENDED = 'RANKING_MONTH_NOT_ENDED',
  NOT_OPEN = 'RANKING_NOT_OPEN_FOR_OBJECTIONS',
  NOT_SHOWN = 'RANKING_NOT_SHOWN',
  WINDOW_OPEN = 'RANKING_OBJECTION_WINDOW_OPEN',
  WINDOW_CLOSED = 'RANKING_OBJECTION_WINDOW_CLOSED',
  OBJECTIONS_PENDING = 'RANKING_OBJECTIONS_PENDING',
  STALE = 'RANKING_STALE',
  NOT_OWN_ROW = 'RANKING_OBJECTION_NOT_OWN_ROW',
  OBJECTION_PENDING = 'RANKING_OBJECTION_ALREADY_PENDING',
  OBJECTION_NOT_FOUND = 'RANKING_OBJECTION_NOT_FOUND',
  OBJECTION_DECIDED = 'RANKING_OBJECTION_ALREADY_DECIDED',
  REASON_INVALID = 'RANKING_OBJECTION_REASON_INVALID',
  DECISION_REASON_INVALID = 'RANKING_DECISION_REASON_INVALID',
  OBJECTION_DAYS_INVALID = 'RANKING_OBJECTION_DAYS_INVALID',
}

export const OBJECTION_REASON_MAX = 500;
export const DECISION_REASON_MAX = 200;
export const OBJECTION_DAYS_MAX = 30;

export const rankingError = errorTable<RankingErrorCode>({
  [RankingErrorCode.MONTH_INVALID]: {
    field: 'month',
    message: '月份应为 YYYY-MM 格式，在 2000-01 与本月之间',
  },
  [RankingErrorCode.DIVISION_CODE_INVALID]: {
    field: 'divisionCode',
    message: '排名范围应为乡镇（9 位）或村（12 位）区划代码',
  },
  [RankingErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [RankingErrorCode.DIVISION_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该区划不在您的管辖范围内',
  },
  [RankingErrorCode.NOT_FOUND]: { field: 'id', message: '排名不存在，或不在您的管辖范围内' },
  [RankingErrorCode.PUBLISHED]: { field: 'id', message: '该月排名已发布，不能再更改' },
  [RankingErrorCode.NOT_DRAFT]: { field: 'id', message: '只有草稿状态的排名可以开始公示' },
  [RankingErrorCode.MONTH_NOT_ENDED]: { field: 'id', message: '当月尚未结束，不能开始公示' },
  [RankingErrorCode.NOT_OPEN]: { field: 'rankingId', message: '该排名尚未开始公示，不能提出异议' },
  [RankingErrorCode.NOT_SHOWN]: { field: 'id', message: '排名尚未公示，公示期满后才能发布' },
  [RankingErrorCode.WINDOW_OPEN]: { field: 'id', message: '异议期尚未结束，不能发布' },
  [RankingErrorCode.WINDOW_CLOSED]: { field: 'rankingId', message: '异议期已结束，不能再提出异议' },
  [RankingErrorCode.OBJECTIONS_PENDING]: { field: 'id', message: '还有未处理的异议，处理后才能发布' },
  [RankingErrorCode.STALE]: {
    field: 'id',
    message: '公示期间积分台账有变动，请重新计算排名后再发布',
  },
  [RankingErrorCode.NOT_OWN_ROW]: { field: 'rankingId', message: '只能对本人在该排名中的名次提出异议' },
  [RankingErrorCode.OBJECTION_PENDING]: {
    field: 'rankingId',
    message: '您对该排名的异议还在处理中，请等待处理结果',
  },
  [RankingErrorCode.OBJECTION_NOT_FOUND]: { field: 'id', message: '异议不存在，或不在您的管辖范围内' },
  [RankingErrorCode.OBJECTION_DECIDED]: { field: 'id', message: '该异议已处理' },
  [RankingErrorCode.REASON_INVALID]: {
    field: 'reason',
    message: `异议理由应为 1 到 ${OBJECTION_REASON_MAX} 个字`,
  },
  [RankingErrorCode.DECISION_REASON_INVALID]: {
    field: 'reason',
    message: `处理意见应为 1 到 ${DECISION_REASON_MAX} 个字，不含控制字符`,
  },
  [RankingErrorCode.OBJECTION_DAYS_INVALID]: {
    field: 'objectionDays',
    message: `异议期应为 1 到 ${OBJECTION_DAYS_MAX} 天`,
  },
});
