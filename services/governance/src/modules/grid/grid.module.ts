import type { GovernanceModule } from '../../module.js';
import { GridResolver } from './grid.resolver.js';
import { GridMemberResolver } from './grid-member.resolver.js';
import { RegionGridResolver } from './region-grid.resolver.js';
import { HouseholdGridMoveResolver, HouseholdGridResolver } from './household-grid.resolver.js';
import { Grid } from './grid.entity.js';
import { GridMember } from './grid-member.entity.js';

/** What the grid module adds to the governance subgraph: the 3-level grid, its posts, household moves. */
export const gridModule: GovernanceModule = {
  entities: [Grid, GridMember],
  resolvers: [GridResolver, GridMemberResolver, RegionGridResolver, HouseholdGridResolver, HouseholdGridMoveResolver],
  references: {},
};
