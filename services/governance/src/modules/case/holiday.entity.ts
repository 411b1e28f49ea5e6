import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/**
 * A date off the ordinary week: a holiday (working = false) or a 调休 make-up working day on a
 * weekend (working = true). Root rows (county '') hold the national calendar; a county's own row for
 * the same date wins.
 */
@ObjectType('Holiday', { description: '节假日或调休上班日 / Holiday or make-up working day' })
@Entity({ tableName: 'case_holiday' })
@Unique({ properties: ['countyCode', 'date'] })
export class Holiday extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '县级区划代码（空为全国安排）' })
  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Field(() => String, { description: '日期' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Boolean, { description: '是否上班（调休上班日为是，节假日为否）' })
  @Property({ type: 'boolean' })
  working!: boolean;

  @Field(() => String, { description: '名称（如 国庆节、国庆调休）' })
  @Property({ type: 'string', length: 20 })
  name!: string;
}
