import type { TokenSigner } from '@xiangzhi/auth';
import type { SubgraphContext } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from './pii/field-crypto.js';

/** Governance adds the token signer (it alone issues tokens) and the personal-data field crypto. */
export interface GovernanceContext extends SubgraphContext {
  signer: TokenSigner;
  crypto: FieldCrypto;
}
