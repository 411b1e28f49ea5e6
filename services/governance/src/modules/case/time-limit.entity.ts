import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { CaseKind, CaseLevel, CaseStage } from './case.enums.js';

/**
 * 办理时限: the yellow and red limits, in working days, of one stage of one kind of case at one level.
 * Rows at the root (division '') are the defaults; a county (or one of its townships or villages)
 * overrides them, the most specific division winning.
 */
@ObjectType('TimeLimit', { description: '办理时限（工作日）/ Time limit in working days' })
@Entity({ tableName: 'case_time_limit' })
@Unique({ properties: ['divisionCode', 'kind', 'level', 'stage'] })
export class TimeLimit extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '适用区划代码（空为全省默认）' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => CaseKind, { description: '事项类别' })
  @Enum({ items: () => CaseKind, type: 'string' })
  kind!: CaseKind;

  @Field(() => CaseLevel, { description: '办理层级' })
  @Enum({ items: () => CaseLevel, type: 'string' })
  level!: CaseLevel;

  @Field(() => CaseStage, { description: '时限环节' })
  @Enum({ items: () => CaseStage, type: 'string' })
  stage!: CaseStage;

  @Field(() => Int, { description: '黄牌预警（工作日）' })
  @Property({ type: 'integer' })
  yellowDays!: number;

  @Field(() => Int, { description: '红牌超期（工作日）' })
  @Property({ type: 'integer' })
  redDays!: number;

  @Field(() => String, { nullable: true, description: '最后修改人' })
  @Property({ type: 'string', length: 64, nullable: true })
  updatedBy: string | null = null;
}
