import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { Cadre } from './cadre.entity.js';

export enum GridRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}
registerEnumType(GridRole, {
  name: 'GridRole',
  description: '网格职务 / Grid role',
  valuesConfig: { LEADER: { description: '网格长' }, MEMBER: { description: '网格员' } },
});

/** A cadre's post in a grid (网格长 / 网格员), from a date until ended. */
@ObjectType('GridMember', { description: '网格长、网格员 / Grid leader or member' })
@Entity({ tableName: 'grid_member' })
@Index({ properties: ['grid', 'endedOn'] })
// one active 网格长 per grid, and a cadre holds one active post per grid
@Index({
  name: 'grid_member_one_leader',
  expression: `create unique index "grid_member_one_leader" on "grid_member" ("grid_id") where "role" = 'LEADER' and "ended_on" is null`,
})
@Index({
  name: 'grid_member_one_post',
  expression: `create unique index "grid_member_one_post" on "grid_member" ("grid_id", "cadre_id") where "ended_on" is null`,
})
export class GridMember extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Grid)
  grid!: Grid;

  @Index()
  @ManyToOne(() => Cadre)
  cadre!: Cadre;

  @Field(() => GridRole, { description: '职务' })
  @Enum({ items: () => GridRole, type: 'string' })
  role!: GridRole;

  @Field(() => String, { description: '任职日期' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: '离任日期' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;
}
