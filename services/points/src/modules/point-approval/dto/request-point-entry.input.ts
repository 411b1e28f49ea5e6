import { Field, ID, InputType, Int } from 'type-graphql';
import { PointRequestKind } from '../point-entry-request.entity.js';

@InputType('RequestPointEntryInput', {
  description: '申请手工记分（嘉奖、问责扣分、更正），须另一人审核 / Request manual points',
})
export class RequestPointEntryInput {
  @Field(() => PointRequestKind, { description: '种类：嘉奖为正分，问责扣分为负分，更正须指明原记录' })
  kind!: PointRequestKind;

  @Field(() => ID, { description: '党员干部编号，须在本人管辖范围内' })
  cadreId!: string;

  @Field(() => Int, { description: '分值（-1000 到 1000，不能为 0）' })
  points!: number;

  @Field(() => String, { description: '事由（1–200 字）' })
  reason!: string;

  @Field(() => String, { description: '记入月份（YYYY-MM，不晚于本月）' })
  month!: string;

  @Field(() => ID, { nullable: true, description: '更正的原积分记录编号（仅更正申请）' })
  correctsEntryId?: string | null;
}
