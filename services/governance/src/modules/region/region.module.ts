import type { GovernanceModule } from '../../module.js';
import { RegionResolver, regionReference } from './region.resolver.js';
import { Region } from './region.entity.js';

/** What the region module adds to the governance subgraph. */
export const regionModule: GovernanceModule = {
  entities: [Region],
  resolvers: [RegionResolver],
  references: { ...regionReference },
};
