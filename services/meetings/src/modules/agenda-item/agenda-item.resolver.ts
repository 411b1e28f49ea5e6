import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, can } from '@xiangzhi/auth';
import { requestLoader, requirePrincipal, type Connection, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { CadreRef, Meeting, RegionRef, findCadre, visibleCadreRef } from '../meeting/index.js';
import { AgendaItem, AgendaItemConnection, AgendaItemStatus, AgendaRating, AgendaTrack } from './agenda-item.entity.js';
import { AgendaItemService } from './agenda-item.service.js';
import { AgendaReportService } from './agenda-report.service.js';
import { decisionLate, stageOf } from './agenda-item.rules.js';
import { itemsOfMeetings } from './agenda-item.queries.js';
import { AgendaRatingTally, AnnualReviewItem, ForumReport, LoopFailureBoard } from './agenda-item.types.js';
import { RaiseAgendaItemInput } from './dto/raise-agenda-item.input.js';
import { DecideAgendaItemInput } from './dto/decide-agenda-item.input.js';
import { LoopFailuresArgs, TownshipReviewArgs } from './dto/agenda-lists.args.js';

const items = (ctx: SubgraphContext) => new AgendaItemService(ctx.em, requirePrincipal(ctx), findCadre(ctx));
const reports = (ctx: SubgraphContext) => new AgendaReportService(ctx.em, requirePrincipal(ctx));

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @Authorized()
  @Query(() => [AgendaItem], { nullable: true, description: '一次说事会登记的事项；会议不存在或不在管辖范围内时为空' })
  agendaItems(
    @Arg('meetingId', () => ID, { description: '说事会（会议编号）' }) meetingId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem[] | null> {
    return items(ctx).itemsOfMeeting(meetingId);
  }

  @Authorized()
  @Query(() => ForumReport, {
    nullable: true,
    description: '说事会开头的通报：上月说事事项的办结情况（按对应民情事项的当前状态）；会议不可见时为空',
  })
  forumReport(
    @Arg('meetingId', () => ID, { description: '说事会（会议编号）' }) meetingId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ForumReport | null> {
    return reports(ctx).forumReport(meetingId);
  }

  @Authorized()
  @Query(() => AgendaItemConnection, { description: '乡镇待研究的上级协调事项（限本人管辖范围），最新的在前' })
  townshipReviewList(
    @Args(() => TownshipReviewArgs) args: TownshipReviewArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<AgendaItem>> {
    return reports(ctx).townshipReviewList(args);
  }

  @Authorized()
  @Query(() => LoopFailureBoard, {
    description: '说事会闭环问题看板：说而不议、议而不办、办而不结、结而无效（按村、乡镇）',
  })
  agendaLoopFailures(
    @Args(() => LoopFailuresArgs) args: LoopFailuresArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LoopFailureBoard> {
    return reports(ctx).loopFailures(args.regionCode, args.year);
  }

  @Authorized()
  @Query(() => [AnnualReviewItem], {
    nullable: true,
    description: '年度评议（双述双评）待测评的事项：本村当年登记的事项及本人的测评；会议不可见时为空',
  })
  annualReviewItems(
    @Arg('meetingId', () => ID, { description: '年度评议会（会议编号）' }) meetingId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AnnualReviewItem[] | null> {
    return reports(ctx).annualReviewItems(meetingId);
  }

  @Authorized()
  @Mutation(() => AgendaItem, {
    description: '说事：在党群说事会上登记群众说的事（随即在民情台账中建立或关联民情事项）',
  })
  async raiseAgendaItem(
    @Arg('input', () => RaiseAgendaItemInput, { description: '事项' }) input: RaiseAgendaItemInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem> {
    const item = await items(ctx).raise(input);
    // ids only: the text names villagers
    ctx.log.info({ agendaItemId: item.id, meetingId: item.meetingId, by: requirePrincipal(ctx).accountId }, 'raised');
    return item;
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: '修改事项分类（两委会议作出决定之前）' })
  classifyAgendaItem(
    @Arg('id', () => ID, { description: '事项编号' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Arg('track', () => AgendaTrack, { description: '分类' }) track: AgendaTrack,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem> {
    return items(ctx).classify(id, version, track);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: '记录两委会议的决定（说事日后 3 日内为按时，逾期照常记录并标记）' })
  decideAgendaItem(
    @Arg('id', () => ID, { description: '事项编号' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Arg('input', () => DecideAgendaItemInput, { description: '决定' }) input: DecideAgendaItemInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem> {
    return items(ctx).decide(id, version, input);
  }

  @Authorized()
  @Mutation(() => AgendaItem, { description: '年度评议（双述双评）中测评一个事项；再次测评覆盖本人上次的测评' })
  rateAgendaItem(
    @Arg('agendaItemId', () => ID, { description: '事项编号' }) agendaItemId: string,
    @Arg('reviewMeetingId', () => ID, { description: '年度评议会（会议编号）' }) reviewMeetingId: string,
    @Arg('rating', () => AgendaRating, { description: '满意度' }) rating: AgendaRating,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgendaItem> {
    return items(ctx).rate(agendaItemId, reviewMeetingId, rating);
  }

  @FieldResolver(() => AgendaItemStatus, { description: '环节：说事、问事、办事、评事' })
  status(@Root() item: AgendaItem): AgendaItemStatus {
    return stageOf(item);
  }

  @FieldResolver(() => Boolean, { description: '决定逾期：说事日后 3 日之后才决定，或至今未决定且已过期' })
  decisionLate(@Root() item: AgendaItem): boolean {
    return decisionLate(item);
  }

  @FieldResolver(() => AgendaRatingTally, { description: '年度评议的测评结果' })
  ratings(@Root() item: AgendaItem): AgendaRatingTally {
    return {
      satisfied: item.ratedSatisfied,
      basicallySatisfied: item.ratedBasically,
      dissatisfied: item.ratedDissatisfied,
    };
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: '所在村（来自 governance 子图）' })
  village(@Root() item: AgendaItem): RegionRef {
    return { code: item.villageCode };
  }

  @FieldResolver(() => CadreRef, { nullable: true, description: '说事的党员干部；调用者无权查看该党员干部时为空' })
  raisedByCadre(@Root() item: AgendaItem, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadreRef(ctx, item.raisedByCadreId);
  }
}

@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  /** One statement for every meeting of the response; null for callers who may not read item texts. */
  @FieldResolver(() => [AgendaItem], { nullable: true, description: '说事会登记的事项（来自说事会模块）' })
  agendaItems(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> | null {
    if (!can(requirePrincipal(ctx), Action.MEETING_MINUTES_READ)) return null;
    return requestLoader(ctx, 'meeting.agendaItems', (ids) => itemsOfMeetings(ctx.em, ids), []).load(meeting.id);
  }
}
