import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { ForumDaySetting } from './forum-day.entity.js';
import { ForumDayService } from './forum-day.service.js';
import { VillageObserverRule, observerRuleReport } from './observer-rule.service.js';
import { RegionRef, meetingService } from './meeting.reference.js';

@Resolver(() => VillageObserverRule)
export class VillageObserverRuleResolver {
  @FieldResolver(() => RegionRef, { nullable: true, description: '村（来自 governance 子图）' })
  village(@Root() row: VillageObserverRule): RegionRef {
    return { code: row.villageCode };
  }
}

/** The village's forum day and the 列席 rule board. */
@Resolver()
export class MeetingSettingsResolver {
  @Authorized()
  @Query(() => ForumDaySetting, {
    nullable: true,
    description: '村的固定说事日（未设定时为默认值）和下一次说事会的建议日期；不在管辖范围内时为空',
  })
  forumDay(
    @Arg('villageCode', () => String, { description: '村区划代码（12 位）' }) villageCode: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ForumDaySetting | null> {
    return new ForumDayService(ctx.em, requirePrincipal(ctx)).get(villageCode);
  }

  @Authorized()
  @Mutation(() => ForumDaySetting, { description: '设定村的固定说事日（每月 1–28 日；县、乡镇管理员）' })
  setForumDay(
    @Arg('villageCode', () => String, { description: '村区划代码（12 位）' }) villageCode: string,
    @Arg('day', () => Int, { description: '每月几日（1–28）' }) day: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ForumDaySetting> {
    return new ForumDayService(ctx.em, requirePrincipal(ctx)).set(villageCode, day);
  }

  @Authorized()
  @Query(() => [VillageObserverRule], {
    description: '列席规则落实情况（每村）：包村领导每年列席说事会不少于 4 次，驻村工作队每月列席；限本人管辖范围',
  })
  observerRule(
    @Arg('year', () => Int, { description: '年份' }) year: number,
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
    regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VillageObserverRule[]> {
    return observerRuleReport(ctx.em, meetingService(ctx).scope(regionCode), year);
  }
}
