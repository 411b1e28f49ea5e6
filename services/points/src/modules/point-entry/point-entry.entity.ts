import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, connectionType } from '@xiangzhi/subgraph-kit';

/**
 * One line of the points ledger (党员积分). Append-only: nothing updates or deletes a line (a
 * database trigger refuses it); a correction is a new line with the opposite points.
 */
@Directive('@key(fields: "id")')
@ObjectType('PointEntry', { description: '积分记录（台账只增不改，更正以一条新记录冲销）/ Entry of the append-only points ledger' })
@Entity({ tableName: 'point_entry' })
// Cadre.points and its entries: one cadre's lines, newest first
@Index({ properties: ['cadreId', 'occurredAt'] })
// leaderboards: every line under a division prefix
@Index({ properties: ['divisionCode'] })
export class PointEntry extends BaseEntity {
  // `declare`: the id value comes from BaseEntity; this only adds the GraphQL field
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  /** Governance's cadre id; exposed as `cadre: Cadre`. */
  @Property({ type: 'uuid' })
  cadreId!: string;

  @Field(() => String, { description: '记分时党员干部所在的村（12 位）或乡镇（9 位）区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '分值；扣分为负数' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => String, { description: '记分事由' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => Date, { description: '事项发生时间' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** Account that recorded the line (audit); not exposed. */
  @Property({ type: 'uuid' })
  createdBy!: string;
}

export const PointEntryConnection = connectionType(PointEntry, 'PointEntry', '积分记录');
