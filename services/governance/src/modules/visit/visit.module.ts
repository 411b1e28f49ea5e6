import type { GovernanceModule } from '../../module.js';
import { Visit } from './visit.entity.js';
import { HouseholdVisitResolver, VisitResolver } from './visit.resolver.js';

/** What the visit module adds to the governance subgraph: the visit diary and its coverage. */
export const visitModule: GovernanceModule = {
  entities: [Visit],
  resolvers: [VisitResolver, HouseholdVisitResolver],
  references: {},
};
