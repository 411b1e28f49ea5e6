import { Args, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PeerUnavailableError, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { PointEntry } from './point-entry.entity.js';
import { LeaderboardArgs } from './dto/leaderboard.args.js';
import { CadreRef, pointEntryService } from './point-entry.reference.js';
import { findCadre } from './cadre-directory.js';

/**
 * The cadre a row names, or null when the caller may not see them in governance (a cadre who moved
 * away): an unresolvable reference would be an error on the page. One call for every row of a request.
 */
export async function visibleCadre(ctx: SubgraphContext, id: string): Promise<CadreRef | null> {
  try {
    return (await findCadre(ctx)(id)) ? { id } : null;
  } catch (e) {
    // governance unreachable: hand on the key; the gateway then reports governance as down for these fields
    if (e instanceof PeerUnavailableError) return { id };
    throw e;
  }
}

@ObjectType('LeaderboardRow', { description: '积分排行榜的一行 / Leaderboard row' })
export class LeaderboardRow {
  @Field(() => Int, { description: '名次；同分同名次，下一名次顺延（1、2、2、4）' })
  rank!: number;

  @Field(() => Int, { description: '区划内的总分' })
  total!: number;

  /** The cadre's id: `cadre` resolves it as far as the caller may see it. */
  cadreId!: string;
}

@Resolver(() => PointEntry)
export class PointEntryResolver {
  @Authorized()
  @Query(() => [LeaderboardRow], {
    nullable: true,
    description: '积分排行榜（限本人管辖范围），按区划内总分排名；积分服务不可用时为空',
  })
  async pointsLeaderboard(
    @Args(() => LeaderboardArgs) args: LeaderboardArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LeaderboardRow[]> {
    const rows = await pointEntryService(ctx).leaderboard(args);
    return rows.map((r) => Object.assign(new LeaderboardRow(), r));
  }

  @FieldResolver(() => CadreRef, {
    nullable: true,
    description: '党员干部（来自 governance 子图）；调用者无权查看该党员干部时为空',
  })
  cadre(@Root() entry: PointEntry, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadre(ctx, entry.cadreId);
  }
}

@Resolver(() => LeaderboardRow)
export class LeaderboardRowResolver {
  @FieldResolver(() => CadreRef, {
    nullable: true,
    description: '党员干部（来自 governance 子图）；调用者无权查看该党员干部时为空',
  })
  cadre(@Root() row: LeaderboardRow, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadre(ctx, row.cadreId);
  }
}
