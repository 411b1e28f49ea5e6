import { errorTable } from '@xiangzhi/subgraph-kit';

/** Why reading the rule table is refused: the points module's own codes (the kit's error contract). */
export enum PointRuleErrorCode {
  REGION_CODE_INVALID = 'POINTS_REGION_CODE_INVALID',
}

export const pointRuleError = errorTable<PointRuleErrorCode>({
  [PointRuleErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
});
