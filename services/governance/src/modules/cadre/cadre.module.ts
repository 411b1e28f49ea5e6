import type { GovernanceModule } from '../../module.js';
import { CadreResolver, cadreReference } from './cadre.resolver.js';
import { Cadre } from './cadre.entity.js';
import { Pairing } from './pairing.entity.js';

/** What the cadre module adds to the governance subgraph. */
export const cadreModule: GovernanceModule = {
  entities: [Cadre, Pairing],
  resolvers: [CadreResolver],
  references: { ...cadreReference },
};
