import { Field, ID, InputType } from 'type-graphql';

@InputType('FileRankingObjectionInput', { description: '对本人名次提出异议 / Object to one’s own row' })
export class FileRankingObjectionInput {
  @Field(() => ID, { description: '排名编号' })
  rankingId!: string;

  @Field(() => String, { description: '异议理由（1–500 字）' })
  reason!: string;
}

@InputType('DecideRankingObjectionInput', { description: '处理异议 / Decide an objection' })
export class DecideRankingObjectionInput {
  @Field(() => ID, { description: '异议编号' })
  id!: string;

  @Field(() => Boolean, { description: '异议是否成立' })
  upheld!: boolean;

  @Field(() => String, { description: '处理意见（1–200 字）' })
  reason!: string;
}
