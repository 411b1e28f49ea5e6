import { Field, InputType, Int } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { DeliberationStep, ThresholdComparison, VoteBase } from '../deliberation.enums.js';

@InputType('SetDeliberationRuleInput', {
  description: '设置本辖区某环节的规则（县、乡镇管理员；不能低于法定要求）/ Set a step rule',
})
export class SetDeliberationRuleInput {
  @Field(() => String, { description: '适用区划：县（6 位）、乡镇（9 位）或村（12 位）' })
  @MaxLength(12)
  divisionCode!: string;

  @Field(() => DeliberationStep, { description: '环节' })
  step!: DeliberationStep;

  @Field(() => Int, { nullable: true, description: '到会比例的分子（表决环节）' })
  attendanceNumerator?: number | null;

  @Field(() => Int, { nullable: true, description: '到会比例的分母（表决环节）' })
  attendanceDenominator?: number | null;

  @Field(() => ThresholdComparison, { nullable: true, description: '到会：超过或不少于（表决环节）' })
  attendanceComparison?: ThresholdComparison | null;

  @Field(() => Int, { nullable: true, description: '通过比例的分子（表决环节）' })
  passNumerator?: number | null;

  @Field(() => Int, { nullable: true, description: '通过比例的分母（表决环节）' })
  passDenominator?: number | null;

  @Field(() => ThresholdComparison, { nullable: true, description: '通过：超过或不少于（表决环节）' })
  passComparison?: ThresholdComparison | null;

  @Field(() => VoteBase, { nullable: true, description: '通过比例的基数：应到或实到人数（表决环节）' })
  passBase?: VoteBase | null;

  @Field(() => Int, { nullable: true, description: '最短公示天数（公开环节，1–90）' })
  minPostingDays?: number | null;
}
