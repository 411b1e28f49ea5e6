// Public API of the policy module (政策落实到户): the catalog, eligibility rules as data, benefits, briefings.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { policyModule } from './policy.module.js';
export { loadPolicyDemo } from './policy.demo.js';
export { Policy, PolicyCategory } from './policy.entity.js';
export { PolicyBenefit, PolicyBenefitStatus } from './policy-benefit.entity.js';
export { compileRule, bornOnOrBefore } from './policy-rule.compile.js';
export { parseRule, type PolicyRule } from './policy-rule.js';
