import type { GovernanceModule } from '../../module.js';
import { Visit } from './visit.entity.js';

/** What the visit module adds to the governance subgraph. */
export const visitModule: GovernanceModule = {
  entities: [Visit],
  resolvers: [],
  references: {},
};
