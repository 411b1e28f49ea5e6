import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { RankingKind } from '../ranking/index.js';
import { RankingSummary } from './summary.entity.js';
import { SummaryService } from './summary.service.js';

@Resolver(() => RankingSummary)
export class SummaryResolver {
  @Authorized()
  @Query(() => RankingSummary, {
    nullable: true,
    description: '季度点评、年度考核：期内已发布月份的积分合计与名次变化；不在本人范围内时为空',
  })
  rankingSummary(
    @Arg('divisionCode', () => String, { description: '乡镇或村区划代码' }) divisionCode: string,
    @Arg('period', () => String, { description: '季度 YYYY-Qn 或年度 YYYY' }) period: string,
    @Arg('kind', () => RankingKind, { description: '排名对象' }) kind: RankingKind,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RankingSummary | null> {
    return new SummaryService(ctx.em, requirePrincipal(ctx)).summary(divisionCode, period, kind);
  }
}
