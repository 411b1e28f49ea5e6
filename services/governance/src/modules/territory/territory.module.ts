import type { GovernanceModule } from '../../module.js';
import { VillagerGroup } from './villager-group.entity.js';

/** What the territory module adds to the governance subgraph. */
export const territoryModule: GovernanceModule = {
  entities: [VillagerGroup],
  resolvers: [],
  references: {},
};
