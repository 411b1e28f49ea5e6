import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Pairing } from '../cadre/index.js';
import { Cadre } from '../cadre/index.js';
import { Household } from '../household/index.js';
import { PairingService } from './pairing.service.js';
import { EndPairingInput, PairHouseholdInput, PairingsArgs, SwapPairingInput } from './dto/pairing.input.js';
import { PairingConnection } from './pairing.types.js';
import type { GovernanceContext } from '../../context.js';

const pairingService = (ctx: GovernanceContext): PairingService => new PairingService(ctx.em, requirePrincipal(ctx));

// the pairing itself was scoped; its cadre and household are loaded for the whole list in one statement each
const loadCadre = (ctx: GovernanceContext, id: string): Promise<Cadre | null> =>
  requestLoader(
    ctx,
    'pairing.cadre',
    async (ids) => new Map((await ctx.em.find(Cadre, { id: { $in: [...ids] } })).map((c) => [c.id, c])),
    null as Cadre | null,
  ).load(id);
const loadHousehold = (ctx: GovernanceContext, id: string): Promise<Household | null> =>
  requestLoader(
    ctx,
    'pairing.household',
    async (ids) => new Map((await ctx.em.find(Household, { id: { $in: [...ids] } })).map((h) => [h.id, h])),
    null as Household | null,
  ).load(id);

@Resolver(() => Pairing)
export class PairingResolver {
  @Authorized()
  @Query(() => PairingConnection, { description: '联户结对列表（限本人管辖范围）；includeEnded 时含已解除的历史' })
  pairings(@Args(() => PairingsArgs) args: PairingsArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Pairing>> {
    return pairingService(ctx).list(args);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: '党员干部与农户结对；超过联户上限时返回 CADRE_FULL，跨辖区时返回 FORBIDDEN' })
  pairHousehold(
    @Arg('input', () => PairHouseholdInput) input: PairHouseholdInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Pairing> {
    return pairingService(ctx).pair(input);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: '解除结对（记录日期和原因，保留历史）' })
  endPairing(
    @Arg('input', () => EndPairingInput) input: EndPairingInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Pairing> {
    return pairingService(ctx).end(input);
  }

  @Authorized()
  @Mutation(() => Pairing, {
    description: '换人：今天解除与原党员干部的结对并与新党员干部结对，二者同时生效；新党员干部联户已满时都不生效',
  })
  swapPairing(
    @Arg('input', () => SwapPairingInput) input: SwapPairingInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Pairing> {
    return pairingService(ctx).swap(input);
  }

  @Authorized()
  @Mutation(() => Pairing, {
    description: '接受一条联户建议：按今天结对（重新检查联户上限，农户已有联户党员时返回 HOUSEHOLD_ALREADY_PAIRED）',
  })
  acceptPairingSuggestion(
    @Arg('cadreId', () => ID) cadreId: string,
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Pairing> {
    return pairingService(ctx).pair({ cadreId, householdId }, { requireUnpaired: true });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '拒绝一条联户建议：记录下来，以后不再建议这一对' })
  rejectPairingSuggestion(
    @Arg('cadreId', () => ID) cadreId: string,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('reason', () => String, { nullable: true, description: '原因（可选）' }) reason: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<boolean> {
    return pairingService(ctx).reject(cadreId, householdId, reason);
  }

  @FieldResolver(() => Cadre, { description: '联户党员干部' })
  async cadre(@Root() p: Pairing, @Ctx() ctx: GovernanceContext): Promise<Cadre> {
    return (await loadCadre(ctx, p.cadre.id))!;
  }

  @FieldResolver(() => Household, { description: '结对农户' })
  async household(@Root() p: Pairing, @Ctx() ctx: GovernanceContext): Promise<Household> {
    return (await loadHousehold(ctx, p.household.id))!;
  }
}
