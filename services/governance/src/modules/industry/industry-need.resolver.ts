import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Household, householdService } from '../household/index.js';
import { IndustryFollowUp, IndustryMatch, IndustryNeed, IndustryResource } from './industry.entity.js';
import { IndustryNeedService } from './industry-need.service.js';
import { IndustryResourceService } from './industry-resource.service.js';
import {
  CloseIndustryNeedInput,
  FollowUpIndustryMatchInput,
  IndustryNeedsArgs,
  MatchIndustryNeedInput,
  RecordIndustryNeedInput,
} from './dto/industry.input.js';
import type { GovernanceContext } from '../../context.js';

export const IndustryNeedConnection = connectionType(IndustryNeed, 'IndustryNeed', '产业需求');

const needs = (ctx: GovernanceContext): IndustryNeedService => new IndustryNeedService(ctx.em, requirePrincipal(ctx));

@Resolver(() => IndustryNeed)
export class IndustryNeedResolver {
  @Authorized()
  @Query(() => IndustryNeedConnection, { description: '产业需求（限本人范围，新的在前）/ Industry needs' })
  industryNeeds(
    @Args(() => IndustryNeedsArgs) args: IndustryNeedsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<IndustryNeed>> {
    return needs(ctx).list(args);
  }

  @Authorized()
  @Query(() => IndustryNeed, { nullable: true, description: '按编号查产业需求；不在范围内时为空' })
  industryNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<IndustryNeed | null> {
    return needs(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => IndustryNeed, { description: '登记农户的产业需求（思路、劳力、项目、技术、资金、销路）' })
  recordIndustryNeed(
    @Arg('input', () => RecordIndustryNeedInput) input: RecordIndustryNeedInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryNeed> {
    return needs(ctx).record(input);
  }

  @Authorized()
  @Mutation(() => IndustryMatch, { description: '把需求对接给一个产业资源：待对接→已对接' })
  matchIndustryNeed(
    @Arg('input', () => MatchIndustryNeedInput) input: MatchIndustryNeedInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryMatch> {
    return needs(ctx).match(input);
  }

  @Authorized()
  @Mutation(() => IndustryFollowUp, { description: '记录一次跟踪：已对接→跟踪中，可同时结束为已解决或未解决' })
  followUpIndustryMatch(
    @Arg('input', () => FollowUpIndustryMatchInput) input: FollowUpIndustryMatchInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryFollowUp> {
    return needs(ctx).followUp(input);
  }

  @Authorized()
  @Mutation(() => IndustryNeed, { description: '结束需求：已解决（须已对接）或未解决' })
  closeIndustryNeed(
    @Arg('input', () => CloseIndustryNeedInput) input: CloseIndustryNeedInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryNeed> {
    return needs(ctx).close(input);
  }

  @FieldResolver(() => Household, { nullable: true, description: '农户（按台账的显示规则）' })
  household(@Root() n: IndustryNeed, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return requestLoader(
      ctx,
      'industryNeed.household',
      (ids) => householdService(ctx).getMany(ids),
      null as Household | null,
    ).load(n.household.id);
  }

  @FieldResolver(() => [IndustryMatch], { description: '对接记录（先对接的在前）' })
  matches(@Root() n: IndustryNeed, @Ctx() ctx: GovernanceContext): Promise<IndustryMatch[]> {
    return requestLoader(ctx, 'industryNeed.matches', (ids) => needs(ctx).matchesOf(ids), [] as IndustryMatch[]).load(
      n.id,
    );
  }

  @FieldResolver(() => [IndustryResource], { description: '推荐的资源：提供同类帮助，同村优先，其次本乡镇、本县' })
  suggestions(@Root() n: IndustryNeed, @Ctx() ctx: GovernanceContext): Promise<IndustryResource[]> {
    const key = `${n.kind}|${n.villageCode}`;
    return requestLoader(
      ctx,
      'industryNeed.suggestions',
      (keys) => new IndustryResourceService(ctx.em, requirePrincipal(ctx)).suggest(keys),
      [] as IndustryResource[],
    ).load(key);
  }
}

@Resolver(() => IndustryMatch)
export class IndustryMatchResolver {
  @FieldResolver(() => IndustryResource, { nullable: true, description: '对接的资源' })
  resource(@Root() m: IndustryMatch, @Ctx() ctx: GovernanceContext): Promise<IndustryResource | null> {
    return requestLoader(
      ctx,
      'industryMatch.resource',
      (ids) => new IndustryResourceService(ctx.em, requirePrincipal(ctx)).getMany(ids),
      null as IndustryResource | null,
    ).load(m.resource.id);
  }

  @FieldResolver(() => [IndustryFollowUp], { description: '跟踪记录（按日期）' })
  followUps(@Root() m: IndustryMatch, @Ctx() ctx: GovernanceContext): Promise<IndustryFollowUp[]> {
    return requestLoader(
      ctx,
      'industryMatch.followUps',
      (ids) => needs(ctx).followUpsOf(ids),
      [] as IndustryFollowUp[],
    ).load(m.id);
  }
}

@Resolver(() => Household)
export class HouseholdIndustryResolver {
  @FieldResolver(() => [IndustryNeed], { description: '该户的产业需求（新的在前）' })
  industryNeeds(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<IndustryNeed[]> {
    return requestLoader(
      ctx,
      'household.industryNeeds',
      (ids) => needs(ctx).ofHouseholds(ids),
      [] as IndustryNeed[],
    ).load(h.id);
  }
}
