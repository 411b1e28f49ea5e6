import type { TokenSigner } from '@xiangzhi/auth';
import type { SubgraphContext } from '@xiangzhi/subgraph-kit';

/** Governance adds the token signer: it is the only service that issues tokens. */
export interface GovernanceContext extends SubgraphContext {
  signer: TokenSigner;
}
