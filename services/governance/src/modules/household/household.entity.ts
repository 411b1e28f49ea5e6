import { Collection, Entity, Index, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/grid.entity.js';
import { Resident } from './resident.entity.js';

/** One household (农户) of a village, in one area grid. */
@Directive('@key(fields: "id")')
@ObjectType('Household', { description: '农户 / Household' })
@Entity({ tableName: 'household' })
export class Household extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '所属村区划代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid: Grid | null = null;

  @Field(() => String, { description: '住址' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => String, { description: '户主姓名' })
  @Index()
  @Property({ type: 'string', length: 50 })
  headName!: string;

  @Field(() => Int, { description: '家庭人口数' })
  @Property({ type: 'integer' })
  memberCount = 1;

  @OneToMany(() => Resident, (r) => r.household)
  residents = new Collection<Resident>(this);

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
