import { entityNotFound, invalidInput, type AppError } from '@xiangzhi/subgraph-kit';

/** A bad value in a policy of the catalog: `POLICY_<FIELD>_INVALID`. The rule answers POLICY_RULE_INVALID. */
export const policyInput = invalidInput('POLICY');
/** A bad value in a benefit change: `POLICY_BENEFIT_<FIELD>_INVALID` (a transition the states do not allow). */
export const benefitInput = invalidInput('POLICY_BENEFIT');
/** A bad value in a briefing (宣讲): `POLICY_BRIEFING_<FIELD>_INVALID`. */
export const briefingInput = invalidInput('POLICY_BRIEFING');

export const policyNotFound = (field = 'policyId'): AppError =>
  entityNotFound('POLICY', field, '政策不存在或不在您的管辖范围内');
export const benefitNotFound = (field = 'benefitId'): AppError =>
  entityNotFound('POLICY_BENEFIT', field, '政策落实记录不存在或不在您的管辖范围内');
export const householdNotFound = (field = 'householdId'): AppError =>
  entityNotFound('HOUSEHOLD', field, '农户不存在或不在您的管辖范围内');
