import { Field, ID, InputType } from 'type-graphql';
import { MeetingKind } from '../meeting.entity.js';
import { NOTICE_MAX, PLACE_MAX } from '../meeting.errors.js';

/** The fields left out stay as they are; null clears an optional one. The village never changes. */
@InputType('UpdateMeetingInput', { description: '修改会议（未给出的字段不变）/ Change a meeting' })
export class UpdateMeetingInput {
  @Field(() => MeetingKind, { nullable: true, description: '会议类型' })
  kind?: MeetingKind;

  @Field(() => Date, { nullable: true, description: '会议时间' })
  date?: Date;

  @Field(() => String, { nullable: true, description: '会议名称（1–100 字）' })
  title?: string;

  @Field(() => ID, { nullable: true, description: '主持人（党员干部编号）；null 清除' })
  chairCadreId?: string | null;

  @Field(() => String, { nullable: true, description: `会议地点（至多 ${PLACE_MAX} 字）；null 清除` })
  place?: string | null;

  @Field(() => String, { nullable: true, description: `通知正文（至多 ${NOTICE_MAX} 字）；null 改为自动生成` })
  noticeText?: string | null;
}
