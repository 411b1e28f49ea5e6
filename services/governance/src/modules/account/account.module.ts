import type { GovernanceModule } from '../../module.js';
import { AuthResolver } from './auth.resolver.js';
import { AccountAdminResolver } from './account.resolver.js';
import { AccountPermissionsResolver } from './permissions.resolver.js';
import { SecuritySettingsResolver } from './security-settings.resolver.js';
import { Account } from './account.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SessionFamily } from './session-family.entity.js';
import { LoginThrottle } from './login-throttle.entity.js';
import { SecuritySettings } from './security-settings.entity.js';

/**
 * What the account module adds to the governance subgraph: login and sessions, account administration, security
 * settings.
 */
export const accountModule: GovernanceModule = {
  entities: [Account, RefreshToken, SessionFamily, LoginThrottle, SecuritySettings],
  resolvers: [AuthResolver, AccountAdminResolver, AccountPermissionsResolver, SecuritySettingsResolver],
  references: {},
};
