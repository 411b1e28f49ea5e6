import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { gridService } from '../grid/index.js';
import { HouseholdMoveService } from './household-move.service.js';
import { MoveHouseholdInput } from './dto/household-move.input.js';
import { Household } from './household.entity.js';
import { HouseholdGridMove } from './household-grid-move.entity.js';
import { householdService } from './household.service.js';
import type { GovernanceContext } from '../../context.js';

const moves = (ctx: GovernanceContext): HouseholdMoveService => {
  const principal = requirePrincipal(ctx);
  return new HouseholdMoveService(ctx.em, principal, (regionCode) => householdService(ctx).scopeFilter(regionCode));
};

const gridById = (ctx: GovernanceContext, id: string | null): Promise<Grid | null> =>
  id
    ? requestLoader(ctx, 'grid.byId', (ids) => gridService(ctx).getMany(ids), null as Grid | null).load(id)
    : Promise.resolve(null);

/** Household fields and mutations that belong to the grid: its grid history and moving it. */
@Resolver(() => Household)
export class HouseholdGridResolver {
  @Authorized()
  @Mutation(() => Household, {
    description: '调整农户所属三级网格（须带版本号；网格已满时拒绝，错误码 GRID_FULL；保留调整记录）',
  })
  moveHousehold(
    @Arg('input', () => MoveHouseholdInput) input: MoveHouseholdInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Household> {
    return moves(ctx).move(input);
  }

  @FieldResolver(() => [HouseholdGridMove], { description: '网格调整记录（新的在前）' })
  gridHistory(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<HouseholdGridMove[]> {
    return requestLoader(
      ctx,
      'household.gridHistory',
      (ids) => moves(ctx).historyOf(ids),
      [] as HouseholdGridMove[],
    ).load(h.id);
  }
}

@Resolver(() => HouseholdGridMove)
export class HouseholdGridMoveResolver {
  @FieldResolver(() => Grid, { nullable: true, description: '原网格' })
  fromGrid(@Root() m: HouseholdGridMove, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    return gridById(ctx, m.fromGridId);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '新网格' })
  toGrid(@Root() m: HouseholdGridMove, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    return gridById(ctx, m.toGridId);
  }
}
