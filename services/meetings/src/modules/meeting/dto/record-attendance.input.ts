import { Field, ID, InputType } from 'type-graphql';
import { AttendanceRole, ObserverKind } from '../attendance.entity.js';
import { PERSON_NAME_MAX } from '../meeting.errors.js';

@InputType('RecordAttendanceInput', { description: '登记参会情况 / Record who attended a meeting' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: '会议编号' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: '党员干部编号（包村领导必填）' })
  cadreId?: string | null;

  @Field(() => String, { nullable: true, description: `非党员干部参会人的姓名（1–${PERSON_NAME_MAX} 字）` })
  name?: string | null;

  @Field(() => AttendanceRole, { description: '参会身份：主持、参会、列席' })
  role!: AttendanceRole;

  @Field(() => ObserverKind, { nullable: true, description: '列席人员类别（仅列席时填写）' })
  observerKind?: ObserverKind | null;

  @Field(() => Boolean, { description: '是否到会' })
  present!: boolean;
}
