import type { GovernanceModule } from '../../module.js';
import { Policy } from './policy.entity.js';
import { PolicyBenefit, PolicyBenefitChange } from './policy-benefit.entity.js';
import { PolicyBriefing } from './policy-briefing.entity.js';
import { PolicyResolver } from './policy.resolver.js';
import { HouseholdPolicyResolver, PolicyBenefitResolver } from './policy-benefit.resolver.js';

/** What the policy module adds: the catalog with its rules, household × policy benefits, briefings, the gap report. */
export const policyModule: GovernanceModule = {
  entities: [Policy, PolicyBenefit, PolicyBenefitChange, PolicyBriefing],
  resolvers: [PolicyResolver, PolicyBenefitResolver, HouseholdPolicyResolver],
  references: {},
};
