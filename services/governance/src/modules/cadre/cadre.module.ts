import type { GovernanceModule } from '../../module.js';
import { CadreResolver, HouseholdCadresResolver, cadreReference } from './cadre.resolver.js';
import { GridMemberResolver, GridMembersResolver } from './grid-member.resolver.js';
import { Cadre } from './cadre.entity.js';
import { Pairing } from './pairing.entity.js';
import { GridMember } from './grid-member.entity.js';

/** What the cadre module adds to the governance subgraph: cadres, their pairings and grid posts. */
export const cadreModule: GovernanceModule = {
  entities: [Cadre, Pairing, GridMember],
  resolvers: [CadreResolver, HouseholdCadresResolver, GridMemberResolver, GridMembersResolver],
  references: { ...cadreReference },
};
