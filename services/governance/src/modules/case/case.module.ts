import type { GovernanceModule } from '../../module.js';
import { Case } from './case.entity.js';
import { CaseLink, CaseTimelineEntry } from './case-timeline.entity.js';
import { clockEntities, clockResolvers } from './case-clock.module.js';
import { figureResolvers } from './case-figures.module.js';
import { CaseResolver, HouseholdCaseResolver, VisitCaseResolver } from './case.resolver.js';

/** What the case module adds to the governance subgraph: the 民情台账 case ledger. */
export const caseModule: GovernanceModule = {
  entities: [Case, CaseTimelineEntry, CaseLink, ...clockEntities],
  resolvers: [CaseResolver, VisitCaseResolver, HouseholdCaseResolver, ...clockResolvers, ...figureResolvers],
  references: {},
};
