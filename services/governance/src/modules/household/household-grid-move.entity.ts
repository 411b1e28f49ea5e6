import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import type { Household } from './household.entity.js';

/** One move of a household between grids: the grid history is never overwritten. */
@ObjectType('HouseholdGridMove', { description: '农户网格调整记录 / Household grid move' })
@Entity({ tableName: 'household_grid_move' })
export class HouseholdGridMove extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Household', deleteRule: 'cascade' })
  household!: Household;

  @Field(() => String, { nullable: true, description: '原网格编号' })
  @Property({ type: 'uuid', nullable: true })
  fromGridId: string | null = null;

  @Field(() => String, { nullable: true, description: '新网格编号' })
  @Property({ type: 'uuid', nullable: true })
  toGridId: string | null = null;

  @Field(() => Date, { description: '调整时间' })
  @Property({ type: 'datetime' })
  movedAt: Date = new Date();

  @Field(() => String, { description: '操作人用户名' })
  @Property({ type: 'string', length: 64 })
  movedBy!: string;

  @Field(() => String, { nullable: true, description: '原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  reason: string | null = null;
}
