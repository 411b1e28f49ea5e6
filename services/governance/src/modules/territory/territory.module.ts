import type { GovernanceModule } from '../../module.js';
import { VillagerGroup } from './villager-group.entity.js';
import { RegionVillagerGroupResolver, VillagerGroupResolver } from './villager-group.resolver.js';

/** What the territory module adds to the governance subgraph: villager groups (the grid lives in modules/grid). */
export const territoryModule: GovernanceModule = {
  entities: [VillagerGroup],
  resolvers: [VillagerGroupResolver, RegionVillagerGroupResolver],
  references: {},
};
