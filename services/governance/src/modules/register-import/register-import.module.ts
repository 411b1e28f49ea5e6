import type { GovernanceModule } from '../../module.js';
import { ImportJob } from './import-job.entity.js';

/** What the register-import module adds to the governance subgraph. */
export const register_importModule: GovernanceModule = {
  entities: [ImportJob],
  resolvers: [],
  references: {},
};
