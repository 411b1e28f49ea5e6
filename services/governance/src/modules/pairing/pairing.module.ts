import type { GovernanceModule } from '../../module.js';
import { PairingRejection } from './pairing-rejection.entity.js';
import { PairingResolver } from './pairing.resolver.js';
import { CoverageResolver } from './coverage.resolver.js';
import { RosterResolver } from './roster.resolver.js';

/**
 * What the pairing module adds to the governance subgraph (the Pairing entity itself is registered by the cadre
 * module).
 */
export const pairingModule: GovernanceModule = {
  entities: [PairingRejection],
  resolvers: [PairingResolver, CoverageResolver, RosterResolver],
  references: {},
};
