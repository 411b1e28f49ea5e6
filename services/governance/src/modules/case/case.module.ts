import type { GovernanceModule } from '../../module.js';
import { Case } from './case.entity.js';
import { CaseLink, CaseTimelineEntry } from './case-timeline.entity.js';
import { clockEntities, clockResolvers } from './case-clock.module.js';

/** What the case module adds to the governance subgraph: the 民情台账 case ledger. */
export const caseModule: GovernanceModule = {
  entities: [Case, CaseTimelineEntry, CaseLink, ...clockEntities],
  resolvers: [...clockResolvers],
  references: {},
};
