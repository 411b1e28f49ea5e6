import type { GovernanceModule } from '../../module.js';
import { GridResolver } from './grid.resolver.js';
import { RegionGridResolver } from './region-grid.resolver.js';
import { Grid } from './grid.entity.js';

/** What the grid module adds to the governance subgraph: the 3-level grid and its capacity. */
export const gridModule: GovernanceModule = {
  entities: [Grid],
  resolvers: [GridResolver, RegionGridResolver],
  references: {},
};
