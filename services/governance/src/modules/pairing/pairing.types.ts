import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { Pairing } from '../cadre/index.js';
import { Household } from '../household/index.js';

export const PairingConnection = connectionType(Pairing, 'Pairing', '联户结对');

/** 家家党员联、户户见党员: how many households of a region have a cadre, and which do not. */
@ObjectType('PairingCoverage', { description: '联户覆盖情况 / Pairing coverage of a region' })
export class PairingCoverage {
  @Field(() => String, { description: '统计的区划代码（已按本人管辖范围收窄）' })
  regionCode!: string;

  @Field(() => Int, { description: '农户总数' })
  totalHouseholds!: number;

  @Field(() => Int, { description: '已有联户党员的户数' })
  pairedHouseholds!: number;

  @Field(() => Int, { description: '尚无联户党员的户数' })
  unpairedHouseholds!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      '尚无联户党员的特殊群体户数（低保、五保、重病重残、空巢老人、三留守等）；无权查看个人信息的账号（县直部门、数据接口）为空',
  })
  specialUnpaired!: number | null;

  @Field(() => Float, { description: '覆盖率：已联户数 / 农户总数（0–1）' })
  ratio!: number;
}

/** One proposed pairing; nothing is saved until the village accepts it. */
@ObjectType('PairingSuggestion', { description: '联户建议（接受后才结对）/ Suggested pairing' })
export class PairingSuggestion {
  @Field(() => Cadre, { description: '建议的联户党员干部' })
  cadre!: Cadre;

  @Field(() => Household, { description: '尚无联户党员的农户' })
  household!: Household;

  @Field(() => String, { description: '建议理由，如 同网格；特殊群体优先；联户后 6/10 户' })
  reason!: string;

  @Field(() => Boolean, { description: '党员干部与农户是否同一网格' })
  sameGrid!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: '是否特殊群体户（优先联系）；无权查看个人信息的账号（如县直部门）为空，其建议也不按特殊群体排序',
  })
  special!: boolean | null;
}

/** One line of the 联户花名册: township, village, grid, cadre, household. */
@ObjectType('RosterRow', { description: '联户花名册中的一行 / Pairing roster row' })
export class RosterRow {
  @Field(() => ID, { description: '结对编号' }) pairingId!: string;
  @Field(() => String, { description: '乡镇区划代码' }) townshipCode!: string;
  @Field(() => String, { description: '乡镇' }) township!: string;
  @Field(() => String, { description: '村区划代码' }) villageCode!: string;
  @Field(() => String, { description: '村' }) village!: string;
  @Field(() => String, { nullable: true, description: '网格' }) grid!: string | null;
  @Field(() => ID, { description: '党员干部编号' }) cadreId!: string;
  @Field(() => String, { description: '联户党员干部姓名' }) cadreName!: string;
  @Field(() => String, { description: '职务' }) cadrePost!: string;
  @Field(() => String, { nullable: true, description: '联系电话（脱敏）' }) cadrePhoneMasked!: string | null;
  @Field(() => ID, { description: '农户编号' }) householdId!: string;
  @Field(() => String, { description: '户主' }) householdHead!: string;
  @Field(() => String, { description: '住址' }) householdAddress!: string;
  @Field(() => String, { description: '结对日期' }) startedOn!: string;
}

export const RosterRowConnection = connectionType(RosterRow, 'RosterRow', '联户花名册行');
