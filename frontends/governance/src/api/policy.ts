// Documents in policy.graphql and industry.graphql; their types are generated (`npm run codegen`).
import type {
  GovernanceHouseholdPoliciesQuery,
  GovernanceIndustryNeedFragment,
  GovernanceIndustryResourceFragment,
  GovernancePolicyBenefitFragment,
  GovernancePolicyFragment,
  GovernancePolicyGapQuery,
} from '../gql/graphql';

export {
  GovernanceBriefHouseholdDocument as BRIEF_HOUSEHOLD_MUTATION,
  GovernanceCloseIndustryNeedDocument as CLOSE_NEED_MUTATION,
  GovernanceCreateIndustryResourceDocument as CREATE_RESOURCE_MUTATION,
  GovernanceCreatePolicyDocument as CREATE_POLICY_MUTATION,
  GovernanceFollowUpIndustryMatchDocument as FOLLOW_UP_MUTATION,
  GovernanceHouseholdPoliciesDocument as HOUSEHOLD_POLICIES_QUERY,
  GovernanceIndustryNeedsDocument as INDUSTRY_NEEDS_QUERY,
  GovernanceIndustryResourcesDocument as INDUSTRY_RESOURCES_QUERY,
  GovernanceMatchIndustryNeedDocument as MATCH_NEED_MUTATION,
  GovernancePoliciesDocument as POLICIES_QUERY,
  GovernancePolicyCardDocument as POLICY_CARD_QUERY,
  GovernancePolicyDocument as POLICY_QUERY,
  GovernancePolicyGapDocument as POLICY_GAP_QUERY,
  GovernancePolicyGapHouseholdsDocument as POLICY_GAP_HOUSEHOLDS_QUERY,
  GovernancePolicyRulePreviewDocument as RULE_PREVIEW_QUERY,
  GovernanceRecomputePolicyDocument as RECOMPUTE_POLICY_MUTATION,
  GovernanceRecordIndustryNeedDocument as RECORD_NEED_MUTATION,
  GovernanceRecordPolicyBenefitDocument as RECORD_BENEFIT_MUTATION,
  GovernanceUpdatePolicyDocument as UPDATE_POLICY_MUTATION,
} from '../gql/graphql';

export type PolicyRow = GovernancePolicyFragment;
export type BenefitRow = GovernancePolicyBenefitFragment;
export type GapRow = GovernancePolicyGapQuery['policyGapReport'][number];
export type HouseholdPolicies = NonNullable<GovernanceHouseholdPoliciesQuery['household']>;
export type NeedRow = GovernanceIndustryNeedFragment;
export type ResourceRow = GovernanceIndustryResourceFragment;
