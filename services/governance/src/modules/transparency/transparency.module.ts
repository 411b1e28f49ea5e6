import type { GovernanceModule } from '../../module.js';
import { TransparencyMonth } from './transparency.entity.js';
import { TransparencyResolver } from './transparency.resolver.js';

/** What the transparency module adds: 村务公开, published month by month. */
export const transparencyModule: GovernanceModule = {
  entities: [TransparencyMonth],
  resolvers: [TransparencyResolver],
  references: {},
};
