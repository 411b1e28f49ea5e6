import { Field, Float, Int, ObjectType } from 'type-graphql';

/** One row of visit coverage: households visited / households paired in the period. */
@ObjectType('VisitCoverageRow', { description: '走访覆盖率（一行）：期内已走访户数 / 联系户数 / Visit coverage row' })
export class VisitCoverageRow {
  @Field(() => String, { description: '分组键：党员干部编号、网格编号（未划网格为空串）、村或乡镇区划代码' })
  key!: string;

  @Field(() => String, { description: '名称：党员干部姓名、网格名称、村或乡镇名称' })
  name!: string;

  @Field(() => Int, { description: '期内联系户数（有在期结对的农户）' })
  paired!: number;

  @Field(() => Int, { description: '其中已按频次走访的户数' })
  visited!: number;

  @Field(() => Float, { description: '覆盖率 = 已走访 / 联系户数（0–1，保留四位小数）' })
  ratio!: number;
}
