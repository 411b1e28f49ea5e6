import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { Household, householdService } from '../household/index.js';
import type { GovernanceContext } from '../../context.js';
import { ServiceOrder } from './service-order.entity.js';
import { ServiceOrderAction } from './service-order.enums.js';
import { ServiceOrderService } from './service-order.service.js';
import { HouseholdCodeService } from './household-code.service.js';
import { ConvertServiceOrderInput, DispatchServiceOrderInput, ServiceOrdersArgs } from './dto/service-order.input.js';

export const ServiceOrderConnection = connectionType(ServiceOrder, 'ServiceOrder', '服务单');

// one service per request: it remembers the caller's grids for every order's actions
const perRequest = new WeakMap<object, ServiceOrderService>();
function orders(ctx: GovernanceContext): ServiceOrderService {
  let s = perRequest.get(ctx);
  if (!s) perRequest.set(ctx, (s = new ServiceOrderService(ctx.em, requirePrincipal(ctx))));
  return s;
}

@Resolver(() => ServiceOrder)
export class ServiceOrderResolver {
  @Authorized()
  @Query(() => ServiceOrderConnection, {
    description: '服务单（派单台）：乡村干部看辖区，网格长看本网格，党员干部看派给本人和本网格待接的；先点的在前',
  })
  serviceOrders(
    @Args(() => ServiceOrdersArgs) args: ServiceOrdersArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<ServiceOrder>> {
    return orders(ctx).list(args);
  }

  @Authorized()
  @Query(() => ServiceOrder, { nullable: true, description: '按编号查服务单；看不到时为空' })
  serviceOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<ServiceOrder | null> {
    return orders(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '网格下单：派给党员干部（网格成员或联户干部），或发布到网格待接单' })
  dispatchServiceOrder(
    @Arg('input', () => DispatchServiceOrderInput) input: DispatchServiceOrderInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).dispatch(input);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '党员接单：接本网格发布的服务单（先到先得）' })
  takeServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).take(id, version);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '承办人确认接单' })
  acceptServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).accept(id, version);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '承办人办结，填写办理结果（不超过 500 字）' })
  completeServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('result', () => String) result: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).complete(id, version, result);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '取消服务单（派单人，须填原因）' })
  cancelServiceOrder(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).cancel(id, version, reason);
  }

  @Authorized()
  @Mutation(() => ServiceOrder, { description: '服务单转为民情事项（来源：群众点单；双向关联）' })
  convertServiceOrderToCase(
    @Arg('input', () => ConvertServiceOrderInput) input: ConvertServiceOrderInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ServiceOrder> {
    return orders(ctx).convert(input);
  }

  @Authorized()
  @Query(() => String, { description: '农户的扫码点单网址（联系卡二维码的内容；没有时生成）' })
  householdServiceUrl(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<string> {
    return new HouseholdCodeService(ctx.em, requirePrincipal(ctx)).url(householdId);
  }

  @Authorized()
  @Mutation(() => String, { description: '重新生成农户的扫码点单网址（旧二维码立即失效，如联系卡遗失）' })
  regenerateHouseholdServiceUrl(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<string> {
    return new HouseholdCodeService(ctx.em, requirePrincipal(ctx)).regenerate(householdId);
  }

  @FieldResolver(() => Household, { nullable: true, description: '点单的农户（看不到该户台账时为空）' })
  household(@Root() o: ServiceOrder, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return requestLoader(
      ctx,
      'serviceOrder.household',
      (ids) => householdService(ctx).getMany(ids),
      null as Household | null,
    ).load(o.household.id);
  }

  @FieldResolver(() => String, { description: '农户地址（承办人上门用）' })
  async address(@Root() o: ServiceOrder, @Ctx() ctx: GovernanceContext): Promise<string> {
    const load = async (ids: readonly string[]) =>
      new Map(
        (await ctx.em.find(Household, { id: { $in: [...ids] } }, { fields: ['address'] })).map((h) => [
          h.id,
          h.address,
        ]),
      );
    return requestLoader(ctx, 'serviceOrder.address', load, '').load(o.household.id);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '承办的党员干部' })
  cadre(@Root() o: ServiceOrder, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    if (!o.cadre) return Promise.resolve(null);
    const load = async (ids: readonly string[]) =>
      new Map((await ctx.em.find(Cadre, { id: { $in: [...ids] } })).map((c) => [c.id, c]));
    return requestLoader(ctx, 'serviceOrder.cadre', load, null as Cadre | null).load(o.cadre.id);
  }

  @FieldResolver(() => [ServiceOrderAction], { description: '当前用户现在可以做的操作' })
  async availableActions(@Root() o: ServiceOrder, @Ctx() ctx: GovernanceContext): Promise<ServiceOrderAction[]> {
    const s = orders(ctx);
    return s.actionsOn(o, await s.myGrids());
  }
}
