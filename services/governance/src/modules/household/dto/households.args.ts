import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '按户主姓名或住址搜索' })
  search?: string | null;
}

@ArgsType()
export class RegionHouseholdsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '按户主姓名或住址搜索' })
  search?: string | null;
}
