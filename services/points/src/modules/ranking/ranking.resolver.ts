import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal, type PeerContext, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { Ranking, RankingKind, RankingObjection, RankingRow, RankingSetting } from './ranking.entity.js';
import { RankingService } from './ranking.service.js';
import { ObjectionService } from './objection.service.js';
import { rankingDirectory } from './ranking.directory.js';
import { ComputeRankingInput } from './dto/compute-ranking.input.js';
import { DecideRankingObjectionInput, FileRankingObjectionInput } from './dto/objection.input.js';

type Ctx = SubgraphContext & PeerContext;

const service = (ctx: Ctx): RankingService => new RankingService(ctx.em, requirePrincipal(ctx), rankingDirectory(ctx));

@Resolver(() => Ranking)
export class RankingResolver {
  @Authorized()
  @Query(() => [Ranking], { description: '某月的排名（本人辖区内各乡镇、村；网格员和党员干部只见已公示的）' })
  rankings(
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Arg('regionCode', () => String, { nullable: true, description: '只看该区划及其下级（6、9 或 12 位）' })
    regionCode: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<Ranking[]> {
    return service(ctx).list(month, regionCode);
  }

  @Authorized()
  @Query(() => Ranking, { nullable: true, description: '某乡镇或村某月的排名；未计算或不在本人范围内时为空' })
  ranking(
    @Arg('divisionCode', () => String, { description: '乡镇（9 位）或村（12 位）区划代码' }) divisionCode: string,
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Arg('kind', () => RankingKind, { description: '排名对象' }) kind: RankingKind,
    @Ctx() ctx: Ctx,
  ): Promise<Ranking | null> {
    return service(ctx).get(divisionCode, month, kind);
  }

  @Authorized()
  @Query(() => RankingSetting, { description: '排名公示设置（本级没有设置时为上级或默认值）' })
  rankingSetting(
    @Arg('divisionCode', () => String, { description: '区划代码（6、9 或 12 位）' }) divisionCode: string,
    @Ctx() ctx: Ctx,
  ): Promise<RankingSetting> {
    return service(ctx).setting(divisionCode);
  }

  /** Batched: one statement for the rows of every ranking in the response. */
  @FieldResolver(() => [RankingRow], { description: '名次（同分同名次）' })
  rows(@Root() ranking: Ranking, @Ctx() ctx: Ctx): Promise<RankingRow[]> {
    const s = service(ctx);
    return requestLoader(ctx, 'ranking.rows', (ids) => s.rows(ids), [] as RankingRow[]).load(ranking.id);
  }

  @FieldResolver(() => [RankingObjection], { description: '异议（党员干部只见本人的）' })
  objections(@Root() ranking: Ranking, @Ctx() ctx: Ctx): Promise<RankingObjection[]> {
    const s = service(ctx);
    return requestLoader(ctx, 'ranking.objections', (ids) => s.objections(ids), [] as RankingObjection[]).load(
      ranking.id,
    );
  }

  @FieldResolver(() => RankingRow, { nullable: true, description: '本人在该排名中的一行（可对其提出异议）' })
  async mine(@Root() ranking: Ranking, @Ctx() ctx: Ctx): Promise<RankingRow | null> {
    const cadreId = requirePrincipal(ctx).cadreId;
    if (!cadreId) return null;
    return (await this.rows(ranking, ctx)).find((r) => r.cadreId === cadreId) ?? null;
  }

  @Authorized()
  @Mutation(() => Ranking, { description: '计算（或重新计算）某月排名草稿；已发布的不能重算' })
  computeRanking(@Arg('input', () => ComputeRankingInput) input: ComputeRankingInput, @Ctx() ctx: Ctx) {
    return service(ctx).compute(input);
  }

  @Authorized()
  @Mutation(() => Ranking, { description: '开始公示、接受异议（异议期为辖区设置的天数）' })
  openRankingObjections(@Arg('id', () => ID, { description: '排名编号' }) id: string, @Ctx() ctx: Ctx) {
    return service(ctx).openObjections(id);
  }

  @Authorized()
  @Mutation(() => Ranking, { description: '异议期满且异议均已处理后发布排名；发布后排名和当月台账冻结' })
  publishRanking(@Arg('id', () => ID, { description: '排名编号' }) id: string, @Ctx() ctx: Ctx) {
    return service(ctx).publish(id);
  }

  @Authorized()
  @Mutation(() => RankingSetting, { description: '设置本辖区的排名异议期天数（1–30）' })
  setRankingObjectionDays(
    @Arg('divisionCode', () => String, { description: '区划代码（6、9 或 12 位）' }) divisionCode: string,
    @Arg('objectionDays', () => Int, { description: '异议期天数' }) objectionDays: number,
    @Ctx() ctx: Ctx,
  ) {
    return service(ctx).setObjectionDays(divisionCode, objectionDays);
  }

  @Authorized()
  @Mutation(() => RankingObjection, { description: '对本人在公示排名中的名次提出异议（异议期内）' })
  fileRankingObjection(
    @Arg('input', () => FileRankingObjectionInput) input: FileRankingObjectionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ObjectionService(ctx.em, requirePrincipal(ctx)).file(input);
  }

  @Authorized()
  @Mutation(() => RankingObjection, { description: '处理异议：成立或不成立，并写明处理意见' })
  decideRankingObjection(
    @Arg('input', () => DecideRankingObjectionInput) input: DecideRankingObjectionInput,
    @Ctx() ctx: Ctx,
  ) {
    return new ObjectionService(ctx.em, requirePrincipal(ctx)).decide(input);
  }
}
