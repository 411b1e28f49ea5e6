import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;
}
