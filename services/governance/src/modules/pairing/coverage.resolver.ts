import { Arg, Args, ArgsType, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { HouseholdConnection } from '../household/index.js';
import { CoverageService } from './coverage.service.js';
import { SuggestionService } from './suggestion.service.js';
import { PairingCoverage, PairingSuggestion } from './pairing.types.js';
import type { GovernanceContext } from '../../context.js';

@ArgsType()
class UnpairedArgs extends PageArgs {}

@Resolver(() => PairingCoverage)
export class CoverageResolver {
  @Authorized()
  @Query(() => PairingCoverage, { description: '联户覆盖情况（家家党员联、户户见党员）；缺省为本人管辖范围' })
  pairingCoverage(
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码' }) regionCode: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PairingCoverage> {
    return new CoverageService(ctx.em, requirePrincipal(ctx)).coverage(regionCode);
  }

  @Authorized()
  @Query(() => [PairingSuggestion], {
    description: '为一个村尚未联户的农户建议联户党员：不超联户上限，同网格优先，特殊群体优先；不保存，接受后才结对',
  })
  suggestPairings(
    @Arg('villageCode', () => String, { description: '村区划代码（12 位）' }) villageCode: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PairingSuggestion[]> {
    return new SuggestionService(ctx.em, requirePrincipal(ctx)).suggest(villageCode);
  }

  @FieldResolver(() => HouseholdConnection, { description: '尚无联户党员的农户，特殊群体户在前' })
  unpaired(
    @Root() c: PairingCoverage,
    @Args(() => UnpairedArgs) page: UnpairedArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Household>> {
    return new CoverageService(ctx.em, requirePrincipal(ctx)).unpaired(c.regionCode, page);
  }
}
