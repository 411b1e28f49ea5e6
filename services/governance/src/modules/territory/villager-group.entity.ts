import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/** 村民小组: an optional sub-unit of a village that addresses and registers use. */
@ObjectType('VillagerGroup', { description: '村民小组 / Villager group' })
@Entity({ tableName: 'villager_group' })
@Unique({ properties: ['villageCode', 'name'] })
export class VillagerGroup extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '所属村区划代码' })
  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => String, { description: '小组名称，如“三组”' })
  @Property({ type: 'string', length: 50 })
  name!: string;
}
