import { Field, ID, InputType, Int } from 'type-graphql';
import { AssessmentScore } from '../assessment.entity.js';

@InputType('ScoreGridAssessmentInput', { description: '网格员月度考核评分 / Score a grid member’s month' })
export class ScoreGridAssessmentInput {
  @Field(() => ID, { description: '网格员（党员干部）编号' })
  cadreId!: string;

  @Field(() => String, { description: '考核所在村（12 位）或乡镇（9 位）区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM）' })
  month!: string;

  @Field(() => [AssessmentScore], { description: '各项得分（每项一次）' })
  scores!: AssessmentScore[];

  @Field(() => String, { nullable: true, description: '评议意见（不超过 200 字）' })
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: '修改时带上读取时的版本号' })
  version?: number | null;
}
