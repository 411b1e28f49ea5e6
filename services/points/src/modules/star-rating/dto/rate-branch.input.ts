import { Field, InputType } from 'type-graphql';
import { AssessmentScore } from '../../assessment/index.js';

@InputType('RateBranchInput', { description: '党支部季度星级评定 / Rate a party branch for a quarter' })
export class RateBranchInput {
  @Field(() => String, { description: '村区划代码（12 位）' })
  villageCode!: string;

  @Field(() => String, { description: '季度（YYYY-Qn）' })
  period!: string;

  @Field(() => [AssessmentScore], { description: '各项得分（每项一次）' })
  scores!: AssessmentScore[];

  @Field(() => String, { nullable: true, description: '一票否决事由（有则评为一星）' })
  vetoReason?: string | null;

  @Field(() => String, { nullable: true, description: '评定意见' })
  comment?: string | null;
}
