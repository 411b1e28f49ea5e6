import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GovernanceContext } from '../../context.js';
import { PublicCase, PublicHousehold, PublicServiceOrder } from './public-order.types.js';
import { PublicOrderService } from './public-order.service.js';
import { ServiceOrderKind } from './service-order.enums.js';

const publicSide = (ctx: GovernanceContext): PublicOrderService =>
  new PublicOrderService(ctx.em, ctx.clientAddress ?? null);

/**
 * The villager's QR page, without an account (the gateway lets these fields through unsigned-in):
 * the household code is the key; every call is rate-limited per code and per address.
 */
@Resolver()
export class PublicOrderResolver {
  @Query(() => PublicHousehold, { description: '扫码点单页：本户所在村和联户干部（不含个人信息）' })
  publicHousehold(@Arg('code', () => String) code: string, @Ctx() ctx: GovernanceContext): Promise<PublicHousehold> {
    return publicSide(ctx).household(code);
  }

  @Query(() => [PublicServiceOrder], { description: '扫码点单页：本户的服务单和状态' })
  publicServiceOrders(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicServiceOrder[]> {
    return publicSide(ctx).orders(code);
  }

  @Mutation(() => PublicServiceOrder, { description: '群众点单：选服务类别、描述需求（不超过 500 字）' })
  placeServiceOrder(
    @Arg('code', () => String) code: string,
    @Arg('kind', () => ServiceOrderKind) kind: ServiceOrderKind,
    @Arg('description', () => String) description: string,
    @Arg('preferredTime', () => String, { nullable: true }) preferredTime: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicServiceOrder> {
    return publicSide(ctx).place(code, kind, description, preferredTime);
  }

  @Mutation(() => PublicServiceOrder, { description: '群众评价已办结的服务（1–5 星，意见不超过 200 字）' })
  ratePublicServiceOrder(
    @Arg('code', () => String) code: string,
    @Arg('orderId', () => ID) orderId: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicServiceOrder> {
    return publicSide(ctx).rate(code, orderId, rating, comment);
  }

  @Mutation(() => [PublicCase], {
    description: '群众对已销号的民情事项提出异议（异议期内），事项重新办理；返回仍可提出异议的事项',
  })
  objectToCase(
    @Arg('code', () => String) code: string,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicCase[]> {
    return publicSide(ctx).object(code, caseId, reason);
  }
}
