import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { CadreRef, visibleCadre } from '../point-entry/index.js';
import { RecomputeService } from './recompute.service.js';
import { MonthRecomputation, RecomputedCadreMonth } from './recompute.types.js';

@Resolver(() => MonthRecomputation)
export class RecomputeResolver {
  @Authorized()
  @Query(() => MonthRecomputation, {
    nullable: true,
    description:
      '按事件记录和当时的积分规则重算某区划某月每名党员干部的积分，并与台账核对（应无差额）；积分服务不可用时为空',
  })
  recomputeMonth(
    @Arg('divisionCode', () => String, { description: '区划代码（县、乡镇或村），须在本人管辖范围内' })
    divisionCode: string,
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MonthRecomputation> {
    return new RecomputeService(ctx.em, requirePrincipal(ctx)).recomputeMonth(divisionCode, month);
  }
}

@Resolver(() => RecomputedCadreMonth)
export class RecomputedCadreResolver {
  @FieldResolver(() => CadreRef, {
    nullable: true,
    description: '党员干部（来自 governance 子图）；调用者无权查看该党员干部时为空',
  })
  cadre(@Root() row: RecomputedCadreMonth, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadre(ctx, row.cadreId);
  }
}
