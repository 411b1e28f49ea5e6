import { requestLoader } from '@xiangzhi/subgraph-kit';
import type { Household } from './household.entity.js';
import { householdService } from './household.service.js';
import type { GovernanceContext } from '../../context.js';

/** `_entities` lookups of households, batched and scoped like every other read. */
export const householdReference = {
  Household: {
    __resolveReference(ref: { id: string }, ctx: GovernanceContext): Promise<Household | null> {
      return requestLoader(
        ctx,
        'household.ref',
        (ids) => householdService(ctx).getMany(ids),
        null as Household | null,
      ).load(ref.id);
    },
  },
};
