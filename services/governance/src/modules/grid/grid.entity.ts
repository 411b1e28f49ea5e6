import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/** 一级 (township) / 二级 (village) / 三级 (area) grid of seed 004. */
export enum GridLevel {
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  AREA = 'AREA',
}
registerEnumType(GridLevel, {
  name: 'GridLevel',
  description: '网格层级 / Grid level',
  valuesConfig: {
    TOWNSHIP: { description: '一级网格（乡镇）' },
    VILLAGE: { description: '二级网格（村）' },
    AREA: { description: '三级网格（片区）' },
  },
});

/** A grid of the 3-level grid: a township, a village, or an area of a village. */
@ObjectType('Grid', { description: '网格 / Grid of the 3-level grid' })
@Entity({ tableName: 'grid' })
// seed 004: one level-1 grid per township, one level-2 grid per village
@Index({
  name: 'grid_one_per_division',
  expression: `create unique index "grid_one_per_division" on "grid" ("division_code") where "level" in ('TOWNSHIP', 'VILLAGE')`,
})
export class Grid extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '网格名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => GridLevel, { description: '网格层级' })
  @Enum({ items: () => GridLevel, type: 'string', default: GridLevel.AREA })
  level: Opt<GridLevel> = GridLevel.AREA;

  @Field(() => String, { description: '所属区划代码：一级网格为乡镇，二、三级网格为村' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: '上级网格编号' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  /** The active 网格长, kept in step with GridMember (contact cards and lists read it without a join). */
  @Property({ type: 'uuid', nullable: true })
  leaderCadreId: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
