import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';

@ArgsType()
export class VisitsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某户' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某名党员干部参加的走访' })
  cadreId?: string | null;

  @Field(() => String, { nullable: true, description: '走访日期起（含，YYYY-MM-DD）' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: '走访日期止（含，YYYY-MM-DD）' })
  to?: string | null;
}

@ArgsType()
export class HouseholdVisitsArgs extends PageArgs {}

export enum VisitCoverageGroupBy {
  CADRE = 'CADRE',
  GRID = 'GRID',
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(VisitCoverageGroupBy, {
  name: 'VisitCoverageGroupBy',
  description: '走访覆盖率分组方式 / Visit coverage grouping',
  valuesConfig: {
    CADRE: { description: '按党员干部' },
    GRID: { description: '按三级网格' },
    VILLAGE: { description: '按村' },
    TOWNSHIP: { description: '按乡镇' },
  },
});

@ArgsType()
export class VisitCoverageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => String, { description: '统计周期：月 YYYY-MM 或季度 YYYY-Qn，如 2026-11、2026-Q4' })
  period!: string;

  @Field(() => VisitCoverageGroupBy, { description: '分组方式' })
  groupBy!: VisitCoverageGroupBy;
}

@ArgsType()
export class NotVisitedArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => String, { description: '统计周期：月 YYYY-MM 或季度 YYYY-Qn' })
  period!: string;

  @Field(() => ID, { nullable: true, description: '只看某名党员干部的联系户；缺省为全部联户' })
  cadreId?: string | null;
}
