import { errorTable } from '@xiangzhi/subgraph-kit';

export enum StarRatingErrorCode {
  VILLAGE_CODE_INVALID = 'STAR_RATING_VILLAGE_CODE_INVALID',
  VILLAGE_OUT_OF_SCOPE = 'STAR_RATING_VILLAGE_NOT_FOUND',
  PERIOD_INVALID = 'STAR_RATING_PERIOD_INVALID',
  SCORES_INVALID = 'STAR_RATING_SCORES_INVALID',
  VETO_REASON_INVALID = 'STAR_RATING_VETO_REASON_INVALID',
  COMMENT_INVALID = 'STAR_RATING_COMMENT_INVALID',
}

export const starRatingError = errorTable<StarRatingErrorCode>({
  [StarRatingErrorCode.VILLAGE_CODE_INVALID]: { field: 'villageCode', message: '村区划代码应为 12 位数字' },
  [StarRatingErrorCode.VILLAGE_OUT_OF_SCOPE]: { field: 'villageCode', message: '该村不在您的管辖范围内' },
  [StarRatingErrorCode.PERIOD_INVALID]: {
    field: 'period',
    message: '评定季度应为 YYYY-Qn（如 2026-Q1），且不晚于本季度',
  },
  [StarRatingErrorCode.SCORES_INVALID]: { field: 'scores', message: '各项得分应为 0 到该项满分之间的整数' },
  [StarRatingErrorCode.VETO_REASON_INVALID]: { field: 'vetoReason', message: '一票否决事由不能超过 200 个字' },
  [StarRatingErrorCode.COMMENT_INVALID]: { field: 'comment', message: '评定意见不能超过 200 个字' },
});
