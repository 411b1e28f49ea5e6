import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/**
 * How many points an event earns a cadre, kept as data per jurisdiction: the row of the longest
 * division code that prefixes the cadre's division applies (village over township over county
 * over the defaults, whose division code is empty).
 */
@ObjectType('PointRule', {
  description: '积分规则：某类事件记多少分、每月上限（按辖区设置，村覆盖乡镇，乡镇覆盖县，县覆盖默认）/ Points rule',
})
@Entity({ tableName: 'point_rule' })
@Unique({ properties: ['divisionCode', 'eventType'] })
export class PointRule extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '适用区划代码（6、9 或 12 位）；空字符串为系统默认' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, {
    description: '事件类型，如 VisitRecorded（走访）、PairingStarted（结对）、PairingEnded（解除结对）',
  })
  @Property({ type: 'string', length: 100 })
  eventType!: string;

  @Field(() => Int, { description: '每次记分分值；0 表示该事件不记分' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => Int, {
    nullable: true,
    description: '每名党员干部每月（按事件发生月份）此类事件最多记分；为空表示不设上限',
  })
  @Property({ type: 'integer', nullable: true })
  monthlyCap: number | null = null;

  @Field(() => String, { description: '记入积分台账的事由' })
  @Property({ type: 'string', length: 200 })
  reason!: string;
}
