import type { GovernanceModule } from '../../module.js';
import { GridResolver } from './grid.resolver.js';
import { Grid } from './grid.entity.js';
import { GridMember } from './grid-member.entity.js';

/** What the grid module adds to the governance subgraph. */
export const gridModule: GovernanceModule = {
  entities: [Grid, GridMember],
  resolvers: [GridResolver],
  references: {},
};
