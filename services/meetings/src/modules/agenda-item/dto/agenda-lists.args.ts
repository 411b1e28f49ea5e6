import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@ArgsType()
export class TownshipReviewArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只列未销号的事项' })
  openOnly?: boolean | null;
}

@ArgsType()
export class LoopFailuresArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: '年份（按说事日）；缺省为今年' })
  year?: number | null;
}
