import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { PointRule } from './point-rule.entity.js';
import { PointRuleService } from './point-rule.service.js';

@Resolver(() => PointRule)
export class PointRuleResolver {
  @Authorized()
  @Query(() => [PointRule], {
    nullable: true,
    description:
      '某区划现行的积分规则（走访、结对等事件各一条：本级设置的，没有则用上级的，再没有则用系统默认）；默认为本人辖区；积分服务不可用时为空',
  })
  pointRules(
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码（6、9 或 12 位），须在本人管辖范围内' })
    regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRule[]> {
    return new PointRuleService(ctx.em, requirePrincipal(ctx)).inForce(regionCode);
  }
}
