import type { GovernanceModule } from '../../module.js';
import { AuthResolver } from './auth.resolver.js';
import { Account } from './account.entity.js';
import { RefreshToken } from './refresh-token.entity.js';

/** What the account module adds to the governance subgraph. */
export const accountModule: GovernanceModule = {
  entities: [Account, RefreshToken],
  resolvers: [AuthResolver],
  references: {},
};
