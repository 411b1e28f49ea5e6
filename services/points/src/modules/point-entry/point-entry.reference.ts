import { Args, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  decodePage,
  requestLoader,
  requirePrincipal,
  toConnection,
  type Connection,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { PointEntry, PointEntryConnection } from './point-entry.entity.js';
import { PointEntryService, type CadreTotals } from './point-entry.service.js';
import { findCadre } from './cadre-directory.js';

/** Governance's Cadre (description repeated so the supergraph reads the same), extended with points. */
@Directive('@key(fields: "id")')
@ObjectType('Cadre', { description: '党员干部 / Cadre who is paired with households' })
export class CadreRef {
  @Field(() => ID, { description: '编号' })
  id!: string;
}

@ObjectType('CadrePoints', { description: '党员干部积分（只计调用者管辖范围内的记录）/ A cadre’s points' })
export class CadrePoints implements CadreTotals {
  @Field(() => Int, { description: '总分（加分减扣分）' })
  total!: number;
  /** Which cadre `entries` pages through, and how many lines it has (its totalCount). */
  cadreId!: string;
  entryCount!: number;
}

export const pointEntryService = (ctx: SubgraphContext): PointEntryService =>
  new PointEntryService(ctx.em, requirePrincipal(ctx), findCadre(ctx));

@Resolver(() => CadreRef)
export class CadrePointsResolver {
  /** Batched: one grouped statement for every cadre of the response. */
  @FieldResolver(() => CadrePoints, {
    nullable: true,
    description: '积分；党员干部不在管辖范围内时为空（来自 points 子图）',
  })
  async points(@Root() cadre: CadreRef, @Ctx() ctx: SubgraphContext): Promise<CadrePoints | null> {
    const service = pointEntryService(ctx);
    const totals = await requestLoader(
      ctx,
      'cadre.points',
      (ids) => service.totals(ids),
      null as CadreTotals | null,
    ).load(cadre.id);
    return totals && Object.assign(new CadrePoints(), totals);
  }
}

@Resolver(() => CadrePoints)
export class CadrePointsEntriesResolver {
  /** Batched like `points`: one windowed statement gives every cadre its page. */
  @FieldResolver(() => PointEntryConnection, { description: '积分明细，最新的在前（数据接口客户端不可查看）' })
  async entries(
    @Root() points: CadrePoints,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<PointEntry>> {
    const service = pointEntryService(ctx);
    service.assertMayReadEntries();
    const { limit, offset } = decodePage(page);
    const rows = await requestLoader(
      ctx,
      `cadre.entries:${limit}:${offset}`,
      (ids) => service.entryPages(ids, { limit, offset }),
      [] as PointEntry[],
    ).load(points.cadreId);
    return toConnection(rows, points.entryCount, offset);
  }
}

/** `_entities` lookups: ledger lines batched and scoped; cadres are keys only (governance owns them). */
export const pointEntryReference = {
  PointEntry: {
    __resolveReference(ref: { id: string }, ctx: SubgraphContext): Promise<PointEntry | null> {
      const service = pointEntryService(ctx);
      return requestLoader(ctx, 'pointEntry.ref', (ids) => service.getMany(ids), null as PointEntry | null).load(
        ref.id,
      );
    },
  },
  Cadre: {
    __resolveReference(ref: { id: string }): CadreRef {
      return { id: ref.id };
    },
  },
};
