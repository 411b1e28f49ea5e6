import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requestLoader } from '@xiangzhi/subgraph-kit';
import { Grid } from './grid.entity.js';
import type { GovernanceContext } from '../../context.js';

@Resolver(() => Grid)
export class GridResolver {
  @FieldResolver(() => Int, { description: '网格内农户数' })
  householdCount(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<number> {
    return requestLoader(ctx, 'grid.householdCount', async (ids) => {
      const rows = await ctx.em.getConnection().execute<{ grid_id: string; n: string }[]>(
        'select grid_id, count(*) as n from household where grid_id in (?) group by grid_id', [[...ids]]);
      return new Map(rows.map((r) => [r.grid_id, Number(r.n)]));
    }, 0).load(g.id);
  }
}
