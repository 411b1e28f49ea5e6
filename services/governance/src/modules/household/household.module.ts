import type { GovernanceModule } from '../../module.js';
import { HouseholdResolver } from './household.resolver.js';
import { HouseholdMutationResolver } from './household-mutation.resolver.js';
import { ResidentResolver } from './resident.resolver.js';
import { HouseholdGridMoveResolver, HouseholdGridResolver } from './household-grid.resolver.js';
import { RegionHouseholdsResolver } from './region-households.resolver.js';
import { householdReference } from './household.reference.js';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdTag } from './household-tag.entity.js';
import { HouseholdGridMove } from './household-grid-move.entity.js';

/** What the household module adds to the governance subgraph. */
export const householdModule: GovernanceModule = {
  entities: [Household, Resident, HouseholdTag, HouseholdGridMove],
  resolvers: [
    HouseholdResolver,
    HouseholdMutationResolver,
    ResidentResolver,
    HouseholdGridResolver,
    HouseholdGridMoveResolver,
    RegionHouseholdsResolver,
  ],
  references: { ...householdReference },
};
