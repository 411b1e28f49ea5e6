import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import type { Household } from './household.entity.js';

export enum Sex { MALE = 'MALE', FEMALE = 'FEMALE' }
registerEnumType(Sex, { name: 'Sex', description: '性别 / Sex', valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } } });

/** A member of a household (人员信息). ID numbers and phones arrive with the register (issue 3), encrypted. */
@ObjectType('Resident', { description: '家庭成员 / Resident' })
@Entity({ tableName: 'resident' })
export class Resident extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne({ entity: 'Household', index: true, deleteRule: 'cascade' })
  household!: Household;

  @Field(() => String, { description: '姓名' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '与户主关系' })
  @Property({ type: 'string', length: 20 })
  relation!: string;

  @Field(() => Sex, { description: '性别' })
  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Field(() => Int, { nullable: true, description: '出生年份' })
  get birthYear(): number | null {
    return this.birthDate ? Number(this.birthDate.slice(0, 4)) : null;
  }
}
