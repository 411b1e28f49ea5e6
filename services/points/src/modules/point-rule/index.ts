export { PointRule } from './point-rule.entity.js';
export {
  PointRuleBook,
  PointRuleKey,
  PointRuleService,
  RULED_EVENT_TYPES,
  prefixes,
  type RuleTerms,
} from './point-rule.service.js';
export { PointRuleResolver } from './point-rule.resolver.js';
