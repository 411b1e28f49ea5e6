import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Connection } from '@xiangzhi/subgraph-kit';
import { Region } from '../region/index.js';
import { Household } from './household.entity.js';
import { HouseholdConnection } from './household.resolver.js';
import { householdService } from './household.service.js';
import { RegionHouseholdsArgs } from './dto/households.args.js';
import type { GovernanceContext } from '../../context.js';

/** Region.households: the register answers for its households wherever they are asked for. */
@Resolver(() => Region)
export class RegionHouseholdsResolver {
  @FieldResolver(() => HouseholdConnection, { description: '本区划内的农户（限管辖范围）' })
  households(
    @Root() r: Region,
    @Args(() => RegionHouseholdsArgs) args: RegionHouseholdsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Household>> {
    return householdService(ctx).list({ ...args, regionCode: r.code });
  }
}
