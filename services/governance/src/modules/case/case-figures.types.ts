import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';

export enum CaseFigureGroupBy {
  GRID = 'GRID',
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
  MONTH = 'MONTH',
}
registerEnumType(CaseFigureGroupBy, {
  name: 'CaseFigureGroupBy',
  description: '民情统计的分组方式',
  valuesConfig: {
    GRID: { description: '按网格' },
    VILLAGE: { description: '按村' },
    TOWNSHIP: { description: '按乡镇' },
    MONTH: { description: '按月' },
  },
});

/** One group's counts: raised by the raised date, the rest by the close date, in China time. */
@ObjectType('CaseFigureRow', { description: '民情统计的一行（一个网格、村、乡镇或月份）' })
export class CaseFigureRow {
  @Field(() => String, { description: '分组键：网格编号、区划代码或月份（YYYY-MM）；未划网格为空串' })
  key!: string;

  @Field(() => String, { description: '名称（网格、村、乡镇名或月份）' })
  name!: string;

  @Field(() => Int, { description: '期内登记' })
  raised!: number;

  @Field(() => Int, { description: '期内办结（销号）' })
  closed!: number;

  @Field(() => Int, { description: '办结中按期办结（解决时间不晚于期限）' })
  onTime!: number;

  @Field(() => Int, { description: '办结时在网格或村级（小事不出村）' })
  closedInVillage!: number;

  @Field(() => Int, { description: '办结时在乡镇级（大事不出乡）' })
  closedInTownship!: number;

  @Field(() => Int, { description: '办结中有满意度评价的' })
  rated!: number;

  @Field(() => Int, { description: '满意或基本满意' })
  satisfied!: number;

  @Field(() => Float, { nullable: true, description: '按期率（按期办结 / 办结），无办结时为空' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: '满意率（满意和基本满意 / 有评价），无评价时为空' })
  satisfactionRate!: number | null;
}

@ObjectType('CaseFigures', { description: '民情统计：各组及合计' })
export class CaseFigures {
  @Field(() => String, { description: '统计范围的区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '起始月份（YYYY-MM）' })
  from!: string;

  @Field(() => String, { description: '截止月份（YYYY-MM，含）' })
  to!: string;

  @Field(() => [CaseFigureRow], { description: '各组，按键排序' })
  rows!: CaseFigureRow[];

  @Field(() => CaseFigureRow, { description: '合计' })
  total!: CaseFigureRow;
}

@ArgsType()
export class CaseFiguresArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县 6 位、乡镇 9 位、村 12 位），默认本人辖区' })
  @MaxLength(12)
  divisionCode?: string | null;

  @Field(() => CaseFigureGroupBy, { description: '分组方式' })
  groupBy!: CaseFigureGroupBy;

  @Field(() => String, { description: '起始月份（YYYY-MM）' })
  @MaxLength(7)
  from!: string;

  @Field(() => String, { nullable: true, description: '截止月份（YYYY-MM，含），默认同起始月份；最多 36 个月' })
  @MaxLength(7)
  to?: string | null;
}
