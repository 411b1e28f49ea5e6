import type { GovernanceModule } from '../../module.js';
import { SupervisionTask } from './supervision-task.entity.js';
import { SupervisionResolver } from './supervision.resolver.js';

/** What the supervision module adds to the governance subgraph: 工作督办卡 (issue, report, accept or return). */
export const supervisionModule: GovernanceModule = {
  entities: [SupervisionTask],
  resolvers: [SupervisionResolver],
  references: {},
};
