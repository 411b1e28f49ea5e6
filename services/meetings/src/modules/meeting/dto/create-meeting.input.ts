import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { MeetingKind } from '../meeting.entity.js';
import { MINUTES_MAX } from '../meeting.errors.js';

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

  // longer than the kit's default text limit: a forum's minutes run to pages
  @MaxLength(MINUTES_MAX)
  @Field(() => String, { nullable: true, description: `会议纪要（至多 ${MINUTES_MAX} 字）` })
  minutes?: string | null;
}
