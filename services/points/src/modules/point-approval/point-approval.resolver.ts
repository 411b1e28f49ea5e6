import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { CadreRef, findCadre, visibleCadre, type PointsContext } from '../point-entry/index.js';
import { PointEntryRequest, PointRequestStatus } from './point-entry-request.entity.js';
import { PointApprovalService } from './point-approval.service.js';
import { RequestPointEntryInput } from './dto/request-point-entry.input.js';

const service = (ctx: SubgraphContext) =>
  new PointApprovalService(ctx.em, requirePrincipal(ctx), findCadre(ctx as PointsContext));

/** Each decision goes to the service's log (ids only: a reason may name people). */
function logDecision(ctx: SubgraphContext, request: PointEntryRequest, what: string): void {
  ctx.log.info(
    {
      requestId: request.id,
      status: request.status,
      kind: request.kind,
      points: request.points,
      divisionCode: request.divisionCode,
      entryId: request.entryId,
      requestedBy: request.requestedBy,
      by: requirePrincipal(ctx).accountId,
    },
    what,
  );
}

@Resolver(() => PointEntryRequest)
export class PointApprovalResolver {
  @Authorized()
  @Query(() => [PointEntryRequest], {
    nullable: true,
    description: '本辖区的手工记分申请（嘉奖、问责扣分、更正），最新的在前；积分服务不可用时为空',
  })
  pointEntryRequests(
    @Arg('status', () => PointRequestStatus, { nullable: true, description: '只看此状态的申请' })
    status: PointRequestStatus | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '最多多少条（1–100）' }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointEntryRequest[]> {
    return service(ctx).list(status, first);
  }

  @Authorized()
  @Mutation(() => PointEntryRequest, {
    description:
      '申请手工记分（嘉奖、问责扣分、更正；乡镇管理员、包村领导、村党组织书记）：须由另一名有审核权限的人员批准后才记入台账',
  })
  async requestPointEntry(
    @Arg('input', () => RequestPointEntryInput, { description: '申请内容' }) input: RequestPointEntryInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointEntryRequest> {
    const request = await service(ctx).request(input);
    logDecision(ctx, request, 'points requested');
    return request;
  }

  @Authorized()
  @Mutation(() => PointEntryRequest, {
    description: '批准手工记分申请并记入台账（县、乡镇管理员，包村领导；不能审核自己提交的申请）',
  })
  async approvePointEntryRequest(
    @Arg('id', () => ID, { description: '申请编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointEntryRequest> {
    const request = await service(ctx).approve(id);
    logDecision(ctx, request, 'points request approved');
    return request;
  }

  @Authorized()
  @Mutation(() => PointEntryRequest, { description: '驳回手工记分申请（须写明理由；不记入台账）' })
  async refusePointEntryRequest(
    @Arg('id', () => ID, { description: '申请编号' }) id: string,
    @Arg('reason', () => String, { description: '驳回理由（1–200 字）' }) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointEntryRequest> {
    const request = await service(ctx).refuse(id, reason);
    logDecision(ctx, request, 'points request refused');
    return request;
  }

  @FieldResolver(() => CadreRef, {
    nullable: true,
    description: '党员干部（来自 governance 子图）；调用者无权查看该党员干部时为空',
  })
  cadre(@Root() request: PointEntryRequest, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadre(ctx, request.cadreId);
  }
}
