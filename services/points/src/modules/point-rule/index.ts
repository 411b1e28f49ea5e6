export { PointRule } from './point-rule.entity.js';
export { PointRuleChange, PointRuleTerms } from './rule-change.entity.js';
export {
  PointRuleBook,
  PointRuleKey,
  PointRuleService,
  RULED_EVENT_TYPES,
  prefixes,
  type RuleTerms,
} from './point-rule.service.js';
export { PointRuleAdminService, validateOverride } from './rule-admin.service.js';
export { RuleHistoryBook } from './rule-history.js';
export { PointRuleInForce } from './rule-in-force.js';
export { PointRuleResolver } from './point-rule.resolver.js';
export { requireLine } from './text.js';
