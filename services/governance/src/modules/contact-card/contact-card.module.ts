import type { GovernanceModule } from '../../module.js';
import { ContactCardResolver } from './contact-card.resolver.js';

/** What the contact-card module adds to the governance subgraph. */
export const contact_cardModule: GovernanceModule = {
  entities: [],
  resolvers: [ContactCardResolver],
  references: {},
};
