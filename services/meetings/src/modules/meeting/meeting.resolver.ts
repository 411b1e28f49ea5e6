import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AGGREGATE_ONLY_ROLES } from '@xiangzhi/auth';
import { requirePrincipal, type Connection, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingConnection } from './meeting.entity.js';
import { CreateMeetingInput } from './dto/create-meeting.input.js';
import { MeetingsArgs } from './dto/meetings.args.js';
import { CadreRef, RegionRef, meetingService } from './meeting.reference.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, { nullable: true, description: '会议列表（限本人管辖范围），最新的在前；会议服务不可用时为空' })
  meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: SubgraphContext): Promise<Connection<Meeting>> {
    return meetingService(ctx).list(args);
  }

  @Authorized()
  @Query(() => Meeting, { nullable: true, description: '按编号查会议；不存在或不在管辖范围内时为空' })
  meeting(@Arg('id', () => ID, { description: '会议编号' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Meeting | null> {
    return meetingService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Meeting, { description: '登记一次会议（只读角色不可用；村须在本人管辖范围内）' })
  async createMeeting(@Arg('input', () => CreateMeetingInput, { description: '会议内容' }) input: CreateMeetingInput, @Ctx() ctx: SubgraphContext): Promise<Meeting> {
    const meeting = await meetingService(ctx).create(input);
    // ids and codes only: titles and minutes may name villagers
    ctx.log.info({ meetingId: meeting.id, villageCode: meeting.villageCode, by: requirePrincipal(ctx).accountId }, 'meeting created');
    return meeting;
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: '所在村（来自 governance 子图）' })
  village(@Root() meeting: Meeting): RegionRef {
    return { code: meeting.villageCode };
  }

  @FieldResolver(() => CadreRef, { nullable: true, description: '主持人（来自 governance 子图）' })
  chair(@Root() meeting: Meeting): CadreRef | null {
    return meeting.chairCadreId ? { id: meeting.chairCadreId } : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '会议纪要（数据接口客户端只能看汇总，不返回纪要）' })
  minutes(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): string | null {
    // minutes name villagers and their matters: personal data an aggregate-only client never gets
    if (requirePrincipal(ctx).roles.every((r) => AGGREGATE_ONLY_ROLES.has(r))) return null;
    return meeting.minutes;
  }
}
