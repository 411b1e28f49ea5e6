import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Visit } from './visit.entity.js';
import { VisitService } from './visit.service.js';
import { VisitCoverageService } from './visit-coverage.service.js';
import { VisitCoverageRow } from './visit-coverage-row.js';
import { RecordVisitInput } from './dto/record-visit.input.js';
import { HouseholdVisitsArgs, NotVisitedArgs, VisitCoverageArgs, VisitsArgs } from './dto/visit.args.js';
import { Household } from '../household/index.js';
import { HouseholdConnection } from '../household/index.js';
import { householdService } from '../household/index.js';
import { Cadre } from '../cadre/index.js';
import type { GovernanceContext } from '../../context.js';

export const VisitConnection = connectionType(Visit, 'Visit', '走访记录');

const scopeOf = (ctx: GovernanceContext) => (regionCode?: string | null) =>
  householdService(ctx).scopeFilter(regionCode);
const visits = (ctx: GovernanceContext): VisitService => new VisitService(ctx.em, requirePrincipal(ctx), scopeOf(ctx));
const coverage = (ctx: GovernanceContext): VisitCoverageService =>
  new VisitCoverageService(ctx.em, requirePrincipal(ctx), scopeOf(ctx));

@Resolver(() => Visit)
export class VisitResolver {
  @Authorized()
  @Mutation(() => Visit, {
    description: '记民情日记：农户、走访方式、至少一项情况即可保存；可同时更新农户情况（带版本号）',
  })
  recordVisit(
    @Arg('input', () => RecordVisitInput) input: RecordVisitInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Visit> {
    return visits(ctx).record(input);
  }

  @Authorized()
  @Query(() => VisitConnection, {
    description: "走访记录（限本人管辖范围，新的在前）/ Visits in the caller's jurisdiction",
  })
  visits(@Args(() => VisitsArgs) args: VisitsArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Visit>> {
    return visits(ctx).list(args);
  }

  @Authorized()
  @Query(() => [VisitCoverageRow], {
    description: '走访覆盖率：期内已按频次走访户数 / 联系户数，按党员干部、网格、村或乡镇分组',
  })
  visitCoverage(
    @Args(() => VisitCoverageArgs) args: VisitCoverageArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<VisitCoverageRow[]> {
    return coverage(ctx).coverage(args.regionCode, args.period, args.groupBy);
  }

  @Authorized()
  @Query(() => HouseholdConnection, { description: '期内未走访的联系户（可限某名党员干部）' })
  notVisited(
    @Args(() => NotVisitedArgs) args: NotVisitedArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Household>> {
    return coverage(ctx).notVisited(args);
  }

  @FieldResolver(() => Household, { nullable: true, description: '走访的农户' })
  household(@Root() v: Visit, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return requestLoader(
      ctx,
      'visit.household',
      (ids) => householdService(ctx).getMany(ids),
      null as Household | null,
    ).load(v.household.id);
  }

  @FieldResolver(() => [Cadre], { description: '参加走访的党员干部' })
  cadres(@Root() v: Visit, @Ctx() ctx: GovernanceContext): Promise<Cadre[]> {
    return requestLoader(ctx, 'visit.cadres', (ids) => visits(ctx).cadresOf(ids), [] as Cadre[]).load(v.id);
  }
}

@Resolver(() => Household)
export class HouseholdVisitResolver {
  @FieldResolver(() => VisitConnection, { description: '走访记录（民情日记，新的在前）' })
  visits(
    @Root() h: Household,
    @Args(() => HouseholdVisitsArgs) args: HouseholdVisitsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Visit>> {
    const key = `household.visits:${args.first}:${args.after ?? ''}`;
    return requestLoader(ctx, key, (ids) => visits(ctx).pagesOf(ids, args), null as Connection<Visit> | null)
      .load(h.id)
      .then((c) => c ?? { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  }
}
