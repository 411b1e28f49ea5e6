import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { Cadre } from '../cadre/index.js';

export enum VisitMethod {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  STAY_OVER = 'STAY_OVER',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
}
registerEnumType(VisitMethod, {
  name: 'VisitMethod',
  description: '走访方式 / Visit method',
  valuesConfig: {
    IN_PERSON: { description: '入户走访' },
    ONLINE: { description: '线上联络' },
    STAY_OVER: { description: '蹲点调研' },
    QUESTIONNAIRE: { description: '调查问卷' },
  },
});

/** 民情日记: one visit to a household by one or more cadres, and what was learned. */
@ObjectType('Visit', { description: '民情走访记录（民情日记）/ Visit diary entry' })
@Entity({ tableName: 'visit' })
@Index({ properties: ['villageCode', 'visitedOn'] })
export class Visit extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Index()
  @ManyToOne(() => Household)
  household!: Household;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;

  @ManyToMany(() => Cadre, undefined, { pivotTable: 'visit_cadre', owner: true })
  cadres = new Collection<Cadre>(this);

  @Field(() => String, { description: '走访日期' })
  @Property({ type: 'date' })
  visitedOn!: string;

  @Field(() => VisitMethod, { description: '走访方式' })
  @Enum({ items: () => VisitMethod, type: 'string' })
  method!: VisitMethod;

  @Field(() => String, { nullable: true, description: '家庭情况' }) @Property({ type: 'text', nullable: true }) family:
    string | null = null;
  @Field(() => String, { nullable: true, description: '生产情况' })
  @Property({ type: 'text', nullable: true })
  production: string | null = null;
  @Field(() => String, { nullable: true, description: '生活情况' }) @Property({ type: 'text', nullable: true }) living:
    string | null = null;
  @Field(() => String, { nullable: true, description: '困难问题' })
  @Property({ type: 'text', nullable: true })
  difficulties: string | null = null;
  @Field(() => String, { nullable: true, description: '诉求' }) @Property({ type: 'text', nullable: true }) demands:
    string | null = null;

  @Field(() => String, { description: '记录人用户名' })
  @Property({ type: 'string', length: 64 })
  createdBy!: string;
}
