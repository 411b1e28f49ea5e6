import { Field, InputType } from 'type-graphql';
import { RankingKind } from '../ranking.entity.js';

@InputType('ComputeRankingInput', { description: '计算（或重新计算）某月排名 / Compute a monthly ranking' })
export class ComputeRankingInput {
  @Field(() => String, { description: '乡镇（9 位）或村（12 位）区划代码，须在本人管辖范围内' })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM），不晚于本月' })
  month!: string;

  @Field(() => RankingKind, { description: '排名对象：党员干部或网格员' })
  kind!: RankingKind;
}
