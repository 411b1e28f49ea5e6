import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  FileDownload,
  fileDownload,
  requirePrincipal,
  type Connection,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { UpdateMeetingInput } from './dto/update-meeting.input.js';
import { MeetingWriteService } from './meeting-write.service.js';
import { renderMeetingNotice } from './meeting-notice.pdf.js';
import { REASON_MAX } from './meeting.errors.js';
import { Meeting, MeetingConnection } from './meeting.entity.js';
import { CreateMeetingInput } from './dto/create-meeting.input.js';
import { MeetingsArgs } from './dto/meetings.args.js';
import { CadreRef, RegionRef, meetingService } from './meeting.reference.js';
import { findCadre, visibleCadreRef } from './cadre-directory.js';

const writeService = (ctx: SubgraphContext): MeetingWriteService =>
  new MeetingWriteService(ctx.em, requirePrincipal(ctx), findCadre(ctx));

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, {
    nullable: true,
    description: '会议列表（限本人管辖范围），最新的在前；会议服务不可用时为空',
  })
  meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: SubgraphContext): Promise<Connection<Meeting>> {
    return meetingService(ctx).list(args);
  }

  @Authorized()
  @Query(() => Meeting, { nullable: true, description: '按编号查会议；不存在或不在管辖范围内时为空' })
  meeting(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting | null> {
    return meetingService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Meeting, {
    description: '登记一次会议（乡镇、村干部；村须在本人管辖范围内，主持人须是该村或其所属乡镇的党员干部）',
  })
  async createMeeting(
    @Arg('input', () => CreateMeetingInput, { description: '会议内容' }) input: CreateMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting> {
    const meeting = await meetingService(ctx).create(input);
    // ids and codes only: titles and minutes may name villagers
    ctx.log.info(
      { meetingId: meeting.id, villageCode: meeting.villageCode, by: requirePrincipal(ctx).accountId },
      'meeting created',
    );
    return meeting;
  }

  @Authorized()
  @Query(() => [Meeting], {
    description: '会议日历：两个日期之间（含，北京时间，至多 62 天）的会议，按时间先后（限本人管辖范围）',
  })
  meetingCalendar(
    @Arg('from', () => String, { description: '起始日期 YYYY-MM-DD' }) from: string,
    @Arg('to', () => String, { description: '截止日期 YYYY-MM-DD（含）' }) to: string,
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
    regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting[]> {
    return meetingService(ctx).calendar(from, to, regionCode);
  }

  @Authorized()
  @Query(() => FileDownload, {
    nullable: true,
    description: '打印会议通知（PDF，A4）；会议不存在或不在管辖范围内时为空',
  })
  async meetingNoticePdf(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FileDownload | null> {
    const meeting = await meetingService(ctx).get(id);
    if (!meeting) return null;
    const pdf = await renderMeetingNotice(meeting);
    return fileDownload(`会议通知-${meeting.title}.pdf`, 'application/pdf', pdf);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '修改会议（已召开或已取消的会议不能修改）；version 不符时提示刷新' })
  updateMeeting(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Arg('input', () => UpdateMeetingInput, { description: '要修改的内容' }) input: UpdateMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting> {
    return writeService(ctx).update(id, version, input);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '发布会议通知（须已填写地点）：状态变为已通知，并推送到通知渠道' })
  publishMeetingNotice(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting> {
    return writeService(ctx).publishNotice(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '取消会议（须说明原因；已召开的会议不能取消）' })
  cancelMeeting(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Arg('reason', () => String, { description: `取消原因（1–${REASON_MAX} 字）` }) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting> {
    return writeService(ctx).cancel(id, reason);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '标记会议已召开（会议当天或之后）；到会的党员干部据此计入积分' })
  holdMeeting(
    @Arg('id', () => ID, { description: '会议编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting> {
    return writeService(ctx).hold(id);
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: '所在村（来自 governance 子图）' })
  village(@Root() meeting: Meeting): RegionRef {
    return { code: meeting.villageCode };
  }

  /**
   * Null when the caller may not see the chair in governance: an unresolvable reference would be an error on the page.
   */
  @FieldResolver(() => CadreRef, {
    nullable: true,
    description: '主持人（来自 governance 子图）；调用者无权查看该党员干部时为空',
  })
  chair(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    return visibleCadreRef(ctx, meeting.chairCadreId);
  }

  @FieldResolver(() => String, { nullable: true, description: '会议纪要（数据接口客户端只能看汇总，不返回纪要）' })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): string | null {
    return meetingService(ctx).mayReadMinutes() ? meeting.minutes : null;
  }
}
