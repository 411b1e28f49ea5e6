import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { Meeting } from './meeting.entity.js';
import { Attendance } from './attendance.entity.js';
import { AttendanceService, attendanceOfMeetings } from './attendance.service.js';
import { RecordAttendanceInput } from './dto/record-attendance.input.js';
import { CadreRef } from './meeting.reference.js';
import { findCadre } from './cadre-directory.js';

const attendanceService = (ctx: SubgraphContext): AttendanceService =>
  new AttendanceService(ctx.em, requirePrincipal(ctx), findCadre(ctx));

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Authorized()
  @Mutation(() => Attendance, {
    description: '登记参会情况（主持、参会、列席）；会议已召开时到会的党员干部随即计入积分，未召开时在标记召开时计入',
  })
  recordAttendance(
    @Arg('input', () => RecordAttendanceInput, { description: '参会情况' }) input: RecordAttendanceInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Attendance> {
    return attendanceService(ctx).record(input);
  }

  @Authorized()
  @Mutation(() => Attendance, { description: '撤销登记有误的参会记录；已计入的积分随之冲减' })
  withdrawAttendance(
    @Arg('id', () => ID, { description: '参会记录编号' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Attendance> {
    return attendanceService(ctx).withdraw(id);
  }

  /** Key only: the gateway asks governance for the name and post (null when no cadre was named). */
  @FieldResolver(() => CadreRef, { nullable: true, description: '党员干部（来自 governance 子图）' })
  cadre(@Root() a: Attendance): CadreRef | null {
    return a.cadreId ? { id: a.cadreId } : null;
  }
}

@Resolver(() => Meeting)
export class MeetingAttendanceResolver {
  /** Batched over every meeting of the response: one statement. */
  @FieldResolver(() => [Attendance], { description: '参会情况（主持、参会、列席；不含已撤销的记录）' })
  attendance(@Root() m: Meeting, @Ctx() ctx: SubgraphContext): Promise<Attendance[]> {
    return requestLoader(
      ctx,
      'meeting.attendance',
      (ids) => attendanceOfMeetings(ctx.em, ids),
      [] as Attendance[],
    ).load(m.id);
  }
}
