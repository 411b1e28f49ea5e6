// Public API of the household module: the register: households, residents, tags, grid moves and the read scope.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { householdModule } from './household.module.js';
export { lookupRateLimited, spendLookups } from './household-lookup.js';
export type { HouseholdScope } from './household-move.service.js';
export { HOUSEHOLD_TAG_LABELS, HouseholdTag, HouseholdTagKind, SENSITIVE_TAGS } from './household-tag.entity.js';
export { loadHouseholdDemo } from './household.demo.js';
export { Household, IncomeBand } from './household.entity.js';
export { HouseholdConnection } from './household.resolver.js';
export { HouseholdService, householdService } from './household.service.js';
export { where as householdWhere } from './household.filters.js';
export { RELATIONS, nameInitials, prepareResident } from './resident-input.js';
export { Resident, Sex } from './resident.entity.js';
