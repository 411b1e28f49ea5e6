import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RankingKind } from '../ranking/index.js';

@ObjectType('SummaryRow', { description: '季度、年度汇总的一行 / A row of a period summary' })
export class SummaryRow {
  @Field(() => ID, { description: '党员干部编号' })
  cadreId!: string;

  @Field(() => String, { description: '姓名' })
  cadreName!: string;

  @Field(() => Int, { description: '期内已发布月份积分合计' })
  total!: number;

  @Field(() => Int, { description: '计入的月份数（有名次的已发布月份）' })
  months!: number;

  @Field(() => Int, { description: '期内名次（同分同名次）' })
  rank!: number;

  @Field(() => Int, { nullable: true, description: '上一期名次' })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: '名次变化：正数为上升，负数为下降；上一期无名次时为空' })
  movement!: number | null;
}

/** 季点评 / 年考核: totals over a quarter or a year, only from published (frozen) months. */
@ObjectType('RankingSummary', { description: '季度点评、年度考核汇总 / Quarterly or annual summary' })
export class RankingSummary {
  @Field(() => String, { description: '乡镇或村区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '期间：季度 YYYY-Qn 或年度 YYYY' })
  period!: string;

  @Field(() => RankingKind, { description: '排名对象' })
  kind!: RankingKind;

  @Field(() => [String], { description: '计入的已发布月份' })
  publishedMonths!: string[];

  @Field(() => [String], { description: '期内尚未发布的月份（不计入）' })
  missingMonths!: string[];

  @Field(() => [SummaryRow], { description: '汇总名次' })
  rows!: SummaryRow[];
}
