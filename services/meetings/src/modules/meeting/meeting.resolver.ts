import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PeerUnavailableError, requirePrincipal, type Connection, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingConnection } from './meeting.entity.js';
import { CreateMeetingInput } from './dto/create-meeting.input.js';
import { MeetingsArgs } from './dto/meetings.args.js';
import { CadreRef, RegionRef, meetingService } from './meeting.reference.js';
import { findCadre } from './cadre-directory.js';

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
  async chair(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): Promise<CadreRef | null> {
    const id = meeting.chairCadreId;
    if (!id) return null;
    try {
      return (await findCadre(ctx)(id)) ? { id } : null;
    } catch (e) {
      // governance unreachable: hand on the key; the gateway then reports governance as down for these fields
      if (e instanceof PeerUnavailableError) return { id };
      throw e;
    }
  }

  @FieldResolver(() => String, { nullable: true, description: '会议纪要（数据接口客户端只能看汇总，不返回纪要）' })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): string | null {
    return meetingService(ctx).mayReadMinutes() ? meeting.minutes : null;
  }
}
