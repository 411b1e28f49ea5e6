import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requestLoader } from '@xiangzhi/subgraph-kit';
import { Grid } from './grid.entity.js';
import { gridService } from './grid.service.js';
import { areaCapacities } from './grid-capacity.js';
import { CreateGridInput, UpdateGridInput } from './dto/grid.input.js';
import type { GovernanceContext } from '../../context.js';

// households of an area grid; of the whole village for a level-2 grid; of the whole township for a level-1 grid
const COUNT_SQL = `select g.id, (select count(*) from household h where
    (g.level = 'AREA' and h.grid_id = g.id)
 or (g.level = 'VILLAGE' and h.village_code = g.division_code)
 or (g.level = 'TOWNSHIP' and h.village_code like g.division_code || '%')) as n 
from grid g where g.id in (?)`;

@Resolver(() => Grid)
export class GridResolver {
  @Authorized()
  @Query(() => Grid, { nullable: true, description: '按编号查网格；不在管辖范围内时为空' })
  grid(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    return gridService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Grid, {
    description: '新建网格：一级网格对应乡镇，二级对应村（上级为乡镇一级网格），三级为村内片区（上级为本村二级网格）',
  })
  createGrid(
    @Arg('input', () => CreateGridInput) input: CreateGridInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Grid> {
    return gridService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Grid, { description: '修改网格名称（须带版本号）' })
  updateGrid(
    @Arg('input', () => UpdateGridInput) input: UpdateGridInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Grid> {
    return gridService(ctx).update(input);
  }

  @FieldResolver(() => Int, { description: '农户数：三级网格为网格内农户，二级网格为全村，一级网格为全乡镇' })
  householdCount(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<number> {
    return requestLoader(
      ctx,
      'grid.householdCount',
      async (ids) => {
        const rows = await ctx.em.getConnection().execute<{ id: string; n: string }[]>(COUNT_SQL, [[...ids]]);
        return new Map(rows.map((r) => [r.id, Number(r.n)]));
      },
      0,
    ).load(g.id);
  }

  @FieldResolver(() => Int, {
    description: '三级网格户数上限：本村（或上级）设置“grid.areaCapacity”的现行值，默认 100 户',
  })
  capacity(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<number> {
    return requestLoader(ctx, 'grid.capacity', (codes) => areaCapacities(ctx.em, codes), 0).load(g.divisionCode);
  }

  @FieldResolver(() => [Grid], { description: '下级网格（限管辖范围）' })
  children(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<Grid[]> {
    return requestLoader(ctx, 'grid.children', (ids) => gridService(ctx).childrenOf(ids), [] as Grid[]).load(g.id);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '上级网格' })
  parent(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    if (!g.parentId) return Promise.resolve(null);
    return requestLoader(ctx, 'grid.byId', (ids) => gridService(ctx).getMany(ids), null as Grid | null).load(
      g.parentId,
    );
  }
}
