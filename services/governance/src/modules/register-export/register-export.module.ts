import type { GovernanceModule } from '../../module.js';
import { RegisterExportResolver } from './register-export.resolver.js';

/** What the register-export module adds to the governance subgraph. */
export const register_exportModule: GovernanceModule = {
  entities: [],
  resolvers: [RegisterExportResolver],
  references: {},
};
