export { PointRule } from './point-rule.entity.js';
export { PointRuleBook, prefixes, type RuleTerms } from './point-rule.service.js';
