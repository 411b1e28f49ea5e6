import type { GovernanceModule } from '../../module.js';

/** What the contact-card module adds to the governance subgraph. */
export const contact_cardModule: GovernanceModule = {
  entities: [],
  resolvers: [],
  references: {},
};
