import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, connectionType, requestLoader, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre } from './cadre.entity.js';
import { cadreService } from './cadre.service.js';
import {
  activePairingCounts,
  effectiveCapacity,
  jurisdictionCapacities,
  type CapacityRange,
} from './cadre-capacity.js';
import { CadresArgs, CreateCadreInput, UpdateCadreInput } from './dto/cadre.input.js';
import { Grid } from '../grid/index.js';
import { Household } from '../household/index.js';
import { HouseholdConnection } from '../household/index.js';
import type { GovernanceContext } from '../../context.js';

export const CadreConnection = connectionType(Cadre, 'Cadre', '党员干部');

@ArgsType()
class CadreHouseholdsArgs extends PageArgs {}

const capacityRange = (ctx: GovernanceContext, cadre: Cadre): Promise<CapacityRange> =>
  requestLoader(ctx, 'cadre.capacityRange', (codes) => jurisdictionCapacities(ctx.em, codes), { min: 0, max: 0 }).load(
    cadre.divisionCode,
  );

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized()
  @Query(() => Cadre, { nullable: true, description: '按编号查党员干部；不在管辖范围内时为空' })
  cadre(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    return cadreService(ctx).get(id);
  }

  @Authorized()
  @Query(() => CadreConnection, { description: '党员干部列表（限本人管辖范围）' })
  cadres(@Args(() => CadresArgs) args: CadresArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Cadre>> {
    return cadreService(ctx).list(args);
  }

  @Authorized()
  @Mutation(() => Cadre, { description: '新增党员干部（乡镇、村党组织）；电话加密保存' })
  createCadre(
    @Arg('input', () => CreateCadreInput) input: CreateCadreInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Cadre> {
    return cadreService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Cadre, { description: '修改党员干部（须带版本号；他人已修改时返回 CONFLICT）' })
  updateCadre(
    @Arg('input', () => UpdateCadreInput) input: UpdateCadreInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Cadre> {
    return cadreService(ctx).update(input);
  }

  @FieldResolver(() => Int, {
    description: '联户上限（生效值）：本人设定值，否则所在辖区设置 pairing.capacityMax（默认 10）',
  })
  async capacity(@Root() c: Cadre, @Ctx() ctx: GovernanceContext): Promise<number> {
    return effectiveCapacity(c, await capacityRange(ctx, c));
  }

  @FieldResolver(() => Int, { description: '联户下限：所在辖区设置 pairing.capacityMin（默认 5）' })
  async capacityMin(@Root() c: Cadre, @Ctx() ctx: GovernanceContext): Promise<number> {
    return Math.min((await capacityRange(ctx, c)).min, effectiveCapacity(c, await capacityRange(ctx, c)));
  }

  @FieldResolver(() => Int, { nullable: true, description: '本人单独设定的联户上限；为空时按辖区设置' })
  ownCapacity(@Root() c: Cadre): number | null {
    return c.capacity;
  }

  @FieldResolver(() => Int, { description: '当前联系户数（未解除的结对）' })
  pairedCount(@Root() c: Cadre, @Ctx() ctx: GovernanceContext): Promise<number> {
    return requestLoader(ctx, 'cadre.pairedCount', (ids) => activePairingCounts(ctx.em, ids), 0).load(c.id);
  }

  @FieldResolver(() => HouseholdConnection, { description: '当前联系的农户（限本人可见范围）' })
  households(
    @Root() c: Cadre,
    @Args(() => CadreHouseholdsArgs) page: CadreHouseholdsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Household>> {
    const empty: Connection<Household> = {
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
    };
    return requestLoader(
      ctx,
      `cadre.households:${page.first}:${page.after ?? ''}`,
      (ids) => cadreService(ctx).householdsOf(ids, page),
      empty,
    ).load(c.id);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '所在网格' })
  grid(@Root() c: Cadre, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    if (!c.gridId) return Promise.resolve(null);
    return requestLoader(
      ctx,
      'cadre.grid',
      async (ids) => {
        const grids = await ctx.em.find(Grid, { id: { $in: [...ids] } });
        return new Map(grids.map((g) => [g.id, g]));
      },
      null as Grid | null,
    ).load(c.gridId);
  }
}

/** `_entities` lookups of cadres (points, meetings), batched and scoped. */
export const cadreReference = {
  Cadre: {
    __resolveReference(ref: { id: string }, ctx: GovernanceContext): Promise<Cadre | null> {
      return requestLoader(ctx, 'cadre.ref', (ids) => cadreService(ctx).getMany(ids), null as Cadre | null).load(
        ref.id,
      );
    },
  },
};

/** Household.pairedCadres: pairings are the cadre module's, so it answers the field on Household. */
@Resolver(() => Household)
export class HouseholdCadresResolver {
  @FieldResolver(() => [Cadre], { description: '联户党员干部（当前有效的结对）' })
  pairedCadres(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Cadre[]> {
    return requestLoader(
      ctx,
      'household.pairedCadres',
      (ids) => cadreService(ctx).pairedCadres(ids),
      [] as Cadre[],
    ).load(h.id);
  }
}
