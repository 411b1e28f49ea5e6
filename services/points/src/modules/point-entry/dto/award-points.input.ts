import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('AwardPointsInput', { description: '记分（加分或扣分）/ Award or deduct points' })
export class AwardPointsInput {
  @Field(() => ID, { description: '党员干部编号' })
  cadreId!: string;

  @Field(() => String, { description: '党员干部所在的村（12 位）或乡镇（9 位）区划代码，须在本人管辖范围内' })
  divisionCode!: string;

  @Field(() => Int, { description: '分值：加分为正，扣分为负，不能为 0' })
  points!: number;

  @Field(() => String, { description: '记分事由（1–200 字）' })
  reason!: string;

  @Field(() => Date, { description: '事项发生时间（不晚于现在）' })
  occurredAt!: Date;
}
