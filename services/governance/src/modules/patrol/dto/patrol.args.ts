import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@ArgsType()
export class PatrolPlansArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某网格的计划' })
  gridId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看启用（true）或停用（false）的计划' })
  active?: boolean | null;
}

@ArgsType()
export class PatrolCheckInsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '只看某计划' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某点位' })
  pointId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看发现问题的签到' })
  findingsOnly?: boolean | null;
}

@ArgsType()
export class PatrolWindowsArgs {
  @Field(() => ID, { nullable: true, description: '计划' })
  planId?: string | null;

  @Field(() => [ID], { nullable: true, description: '点位' })
  pointIds?: string[] | null;

  @Field(() => String, { description: '日期起（含，YYYY-MM-DD）' })
  from!: string;

  @Field(() => String, { description: '日期止（含，最多 62 天）' })
  to!: string;
}
