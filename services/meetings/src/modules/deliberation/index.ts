// The deliberation module's public API (四议两公开): minutes imports only from here.
export { Deliberation, DeliberationConnection, DeliberationRecord } from './deliberation.entity.js';
export {
  DeliberationFailureAction,
  DeliberationOutcome,
  DeliberationStatus,
  DeliberationStep,
  STEP_LABELS,
  STEP_ORDER,
} from './deliberation.enums.js';
export { DeliberationService, inForce } from './deliberation.service.js';
export { rulesInForce } from './deliberation-rule.service.js';
export { loadDeliberationDemo } from './deliberation.demo.js';
export { DeliberationRecordResolver, DeliberationResolver } from './deliberation.resolver.js';

import { Deliberation, DeliberationRecord } from './deliberation.entity.js';
import { DeliberationRuleRow } from './deliberation-rule.entity.js';
import { DeliberationRecordResolver, DeliberationResolver } from './deliberation.resolver.js';

/** What schema.ts registers for this module. */
export const deliberationEntities: Function[] = [Deliberation, DeliberationRecord, DeliberationRuleRow];
export const deliberationResolvers: Function[] = [DeliberationResolver, DeliberationRecordResolver];
