import { errorTable } from '@xiangzhi/subgraph-kit';

export enum AssessmentErrorCode {
  MONTH_INVALID = 'ASSESSMENT_MONTH_INVALID',
  DIVISION_CODE_INVALID = 'ASSESSMENT_DIVISION_CODE_INVALID',
  /** Not a grid member of the division as the caller sees it, or a malformed id: one answer. */
  CADRE_NOT_FOUND = 'ASSESSMENT_CADRE_NOT_FOUND',
  SCORES_INVALID = 'ASSESSMENT_SCORES_INVALID',
  COMMENT_INVALID = 'ASSESSMENT_COMMENT_INVALID',
  MONTH_PUBLISHED = 'ASSESSMENT_MONTH_PUBLISHED',
  VERSION_CONFLICT = 'ASSESSMENT_VERSION_CONFLICT',
}

export const COMMENT_MAX = 200;

export const assessmentError = errorTable<AssessmentErrorCode>({
  [AssessmentErrorCode.MONTH_INVALID]: { field: 'month', message: '月份应为 YYYY-MM 格式，在 2000-01 与本月之间' },
  [AssessmentErrorCode.DIVISION_CODE_INVALID]: {
    field: 'divisionCode',
    message: '考核范围应为乡镇（9 位）或村（12 位）区划代码',
  },
  [AssessmentErrorCode.CADRE_NOT_FOUND]: {
    field: 'cadreId',
    message: '该党员干部不是本辖区在任的网格长或网格员',
  },
  [AssessmentErrorCode.SCORES_INVALID]: { field: 'scores', message: '各项得分应为 0 到该项满分之间的整数' },
  [AssessmentErrorCode.COMMENT_INVALID]: {
    field: 'comment',
    message: `评议意见不能超过 ${COMMENT_MAX} 个字，不含控制字符`,
  },
  [AssessmentErrorCode.MONTH_PUBLISHED]: { field: 'month', message: '该月考核已张榜公示，不能再修改' },
  [AssessmentErrorCode.VERSION_CONFLICT]: { field: 'version', message: '考核已被他人修改，请刷新后重试' },
});
