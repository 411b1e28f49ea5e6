import type { TokenSigner } from '@xiangzhi/auth';
import type { FileAccess, SubgraphContext } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from './pii/field-crypto.js';

/** Governance adds the token signer (it alone issues tokens) and the personal-data field crypto. */
export interface GovernanceContext extends SubgraphContext {
  signer: TokenSigner;
  crypto: FieldCrypto;
  /** Uploaded photos: their storage and the signed links the browser opens them by. */
  files: FileAccess;
}
