import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { MeetingKind } from '../meeting.entity.js';
import { MINUTES_MAX, NOTICE_MAX, PLACE_MAX } from '../meeting.errors.js';

@InputType('CreateMeetingInput', { description: '登记会议 / Create a meeting' })
export class CreateMeetingInput {
  @Field(() => MeetingKind, { description: '会议类型' })
  kind!: MeetingKind;

  @Field(() => String, { description: '所在村的区划代码（12 位，须在本人管辖范围内）' })
  villageCode!: string;

  @Field(() => Date, { description: '会议时间' })
  date!: Date;

  @Field(() => String, { description: '会议名称（1–100 字）' })
  title!: string;

  @Field(() => ID, { nullable: true, description: '主持人（党员干部编号）' })
  chairCadreId?: string | null;

  @Field(() => String, { nullable: true, description: `会议地点（至多 ${PLACE_MAX} 字；发布通知前须填写）` })
  place?: string | null;

  @Field(() => String, { nullable: true, description: `通知正文（至多 ${NOTICE_MAX} 字；不填则按会议信息生成）` })
  noticeText?: string | null;

  // longer than the kit's default text limit: a forum's minutes run to pages
  @MaxLength(MINUTES_MAX)
  @Field(() => String, { nullable: true, description: `会议纪要（至多 ${MINUTES_MAX} 字）` })
  minutes?: string | null;
}
