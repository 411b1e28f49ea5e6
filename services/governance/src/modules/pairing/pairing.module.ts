import type { GovernanceModule } from '../../module.js';

/** What the pairing module adds to the governance subgraph. */
export const pairingModule: GovernanceModule = {
  entities: [],
  resolvers: [],
  references: {},
};
