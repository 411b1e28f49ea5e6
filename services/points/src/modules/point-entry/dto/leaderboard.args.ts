import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class LeaderboardArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => Int, { defaultValue: 20, description: '前多少名（1–100）' })
  first: number = 20;
}
