import type { GovernanceModule } from '../../module.js';
import { ImportJob } from './import-job.entity.js';
import { ImportRow } from './import-row.entity.js';
import { RegisterImportResolver } from './register-import.resolver.js';

/** What the register-import module adds to the governance subgraph. */
export const register_importModule: GovernanceModule = {
  entities: [ImportJob, ImportRow],
  resolvers: [RegisterImportResolver],
  references: {},
};
