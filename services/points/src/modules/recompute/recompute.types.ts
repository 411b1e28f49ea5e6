import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('RecomputedCadreMonth', {
  description: '某党员干部某月：台账总分与按事件和规则重算的总分 / One cadre’s month, recomputed',
})
export class RecomputedCadreMonth {
  @Field(() => ID, { description: '党员干部编号' })
  cadreId!: string;

  @Field(() => Int, { description: '台账中本月（记入月份）的总分' })
  ledgerTotal!: number;

  @Field(() => Int, { description: '按事件记录、当时的规则、上限和冻结月份重算的总分（含已批准的手工记分）' })
  derivedTotal!: number;

  @Field(() => Int, { description: '台账中没有来源可重算的记录（历史导入、事件记录启用前的记分）的合计分' })
  unsourcedTotal!: number;

  @Field(() => Int, { description: '差额 = 台账总分 − 无来源合计 − 重算总分；应为 0' })
  difference!: number;
}

@ObjectType('MonthRecomputation', { description: '按事件记录重算某区划某月的积分并与台账核对 / A month recomputed' })
export class MonthRecomputation {
  @Field(() => String, { description: '区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM）' })
  month!: string;

  @Field(() => Int, { description: '重放的事件条数（含影响月度上限的同月事件）' })
  eventCount!: number;

  @Field(() => Boolean, { description: '是否与台账一致（所有差额为 0）' })
  matches!: boolean;

  @Field(() => [RecomputedCadreMonth], { description: '每名党员干部的核对结果' })
  cadres!: RecomputedCadreMonth[];

  @Field(() => [RecomputedCadreMonth], { description: '有差额的党员干部（应为空）' })
  differences!: RecomputedCadreMonth[];
}
