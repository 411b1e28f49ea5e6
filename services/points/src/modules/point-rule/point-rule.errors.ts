import { CommonErrorCode, errorTable, invalidInput } from '@xiangzhi/subgraph-kit';

/** Why reading or changing the rule table is refused: the points module's own codes (the kit's error contract). */
export enum PointRuleErrorCode {
  REGION_CODE_INVALID = 'POINTS_REGION_CODE_INVALID',
  /** A region outside the caller's jurisdiction: the rules there are not theirs to change. */
  REGION_OUT_OF_SCOPE = 'POINT_RULE_REGION_OUT_OF_SCOPE',
  NOT_OVERRIDDEN = 'POINT_RULE_NOT_OVERRIDDEN',
}

export const pointRuleError = errorTable<PointRuleErrorCode>({
  [PointRuleErrorCode.REGION_CODE_INVALID]: { field: 'regionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [PointRuleErrorCode.REGION_OUT_OF_SCOPE]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '该区划不在您的管辖范围内，不能修改其积分规则',
  },
  [PointRuleErrorCode.NOT_OVERRIDDEN]: {
    field: 'eventType',
    message: '本级没有单独设置这条规则，已在使用上级规则',
  },
});

/** `POINT_RULE_<FIELD>_INVALID` with the field and a message saying what is wrong. */
export const ruleInputError = invalidInput('POINT_RULE');
