import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Grid } from './grid.entity.js';
import { Cadre } from '../cadre/cadre.entity.js';

export enum GridRole { LEADER = 'LEADER', MEMBER = 'MEMBER' }
registerEnumType(GridRole, { name: 'GridRole', description: '网格职务 / Grid role', valuesConfig: { LEADER: { description: '网格长' }, MEMBER: { description: '网格员' } } });

/** A cadre's post in a grid (网格长 / 网格员), from a date until ended. */
@ObjectType('GridMember', { description: '网格长、网格员 / Grid leader or member' })
@Entity({ tableName: 'grid_member' })
@Index({ properties: ['grid', 'endedOn'] })
export class GridMember extends BaseEntity {
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
