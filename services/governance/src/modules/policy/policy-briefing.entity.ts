import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';

/** 政策宣讲到户: a cadre explained some policies to a household; the household acknowledged (or not). */
@ObjectType('PolicyBriefing', { description: '政策宣讲记录 / A policy briefing at a household' })
@Entity({ tableName: 'policy_briefing' })
export class PolicyBriefing extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Household, { index: true, deleteRule: 'cascade' })
  household!: Household;

  @Index()
  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => String, { description: '宣讲日期 YYYY-MM-DD' })
  @Property({ type: 'date' })
  briefedOn!: string;

  @Field(() => String, { description: '宣讲人用户名' })
  @Property({ type: 'string', length: 64 })
  briefedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  cadreId: string | null = null;

  @Field(() => [ID], { description: '宣讲的政策' })
  @Property({ type: 'json' })
  policyIds!: string[];

  @Field(() => Boolean, { description: '农户是否确认知晓' })
  @Property({ type: 'boolean' })
  acknowledged!: boolean;

  @Field(() => String, { nullable: true, description: '确认人（农户家庭成员姓名）' })
  @Property({ type: 'string', length: 50, nullable: true })
  acknowledgedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;
}
