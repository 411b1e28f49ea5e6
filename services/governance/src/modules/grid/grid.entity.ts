import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/** An area grid (三级网格) inside a village. */
@ObjectType('Grid', { description: '网格（村内片区网格）/ Area grid inside a village' })
@Entity({ tableName: 'grid' })
export class Grid extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '网格名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: '所属村区划代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'uuid', nullable: true })
  leaderCadreId: string | null = null;

}
