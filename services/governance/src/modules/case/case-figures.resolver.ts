import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { CaseFigures, CaseFiguresArgs } from './case-figures.types.js';
import { CaseFiguresService } from './case-figures.service.js';
import type { GovernanceContext } from '../../context.js';

@Resolver()
export class CaseFiguresResolver {
  @Authorized()
  @Query(() => CaseFigures, {
    description:
      '民情统计：按网格、村、乡镇或月份的登记、办结、按期办结、小事不出村、大事不出乡和满意率（登记按登记日期，其余按销号日期）',
  })
  caseFigures(@Args(() => CaseFiguresArgs) args: CaseFiguresArgs, @Ctx() ctx: GovernanceContext): Promise<CaseFigures> {
    return new CaseFiguresService(ctx.em, requirePrincipal(ctx)).figures(args);
  }
}
