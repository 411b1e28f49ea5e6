import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requestLoader } from '@xiangzhi/subgraph-kit';
import { Grid } from './grid.entity.js';
import { gridService } from './grid.service.js';
import { Region } from '../region/index.js';
import type { GovernanceContext } from '../../context.js';

@Resolver(() => Region)
export class RegionGridResolver {
  @FieldResolver(() => [Grid], { description: '本区划的网格（乡镇为一级网格，村为二、三级网格）' })
  grids(@Root() r: Region, @Ctx() ctx: GovernanceContext): Promise<Grid[]> {
    return requestLoader(ctx, 'region.grids', (codes) => gridService(ctx).ofDivisions(codes), [] as Grid[]).load(
      r.code,
    );
  }

  @FieldResolver(() => [Grid], {
    description: '网格树：乡镇为一级网格、村为二级网格（县为各乡镇一级网格），用 children 逐级展开',
  })
  gridTree(@Root() r: Region, @Ctx() ctx: GovernanceContext): Promise<Grid[]> {
    return requestLoader(ctx, 'region.gridTree', (codes) => gridService(ctx).rootsOf(codes), [] as Grid[]).load(r.code);
  }
}
