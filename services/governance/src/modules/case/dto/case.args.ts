import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { CaseAlert, CaseDomain, CaseFlag, CaseKind, CaseLevel, CaseSource, CaseStatus } from '../case.enums.js';

@InputType('CaseFilter', { description: '民情台账筛选 / Case filter' })
export class CaseFilter {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  divisionCode?: string | null;

  @Field(() => [CaseStatus], { nullable: true, description: '状态' })
  statuses?: CaseStatus[] | null;

  @Field(() => CaseLevel, { nullable: true, description: '办理层级' })
  level?: CaseLevel | null;

  @Field(() => CaseKind, { nullable: true, description: '类别' })
  kind?: CaseKind | null;

  @Field(() => CaseDomain, { nullable: true, description: '领域' })
  domain?: CaseDomain | null;

  @Field(() => CaseSource, { nullable: true, description: '来源' })
  source?: CaseSource | null;

  @Field(() => CaseFlag, { nullable: true, description: '推拖绕标记' })
  flag?: CaseFlag | null;

  @Field(() => CaseAlert, { nullable: true, description: '预警' })
  alert?: CaseAlert | null;

  @Field(() => ID, { nullable: true, description: '农户' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: '责任人' })
  responsibleCadreId?: string | null;

  @Field(() => String, { nullable: true, description: '搜索编号、标题或地点（≤50 字）' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看未销号的' })
  open?: boolean | null;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true, description: '筛选' })
  filter?: CaseFilter | null;
}

@ArgsType()
export class SimilarCasesArgs {
  @Field(() => ID, { nullable: true, description: '农户' })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: '村区划代码（与地点一起用）' })
  villageCode?: string | null;

  @Field(() => String, { nullable: true, description: '地点' })
  place?: string | null;

  @Field(() => String, { description: '拟登记事项的标题和描述' })
  text!: string;
}
