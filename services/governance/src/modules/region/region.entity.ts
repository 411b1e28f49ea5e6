import { Entity, Enum, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RegionLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政区划层级 / Division level',
  valuesConfig: {
    COUNTY: { description: '县（市、区）' },
    TOWNSHIP: { description: '乡镇（街道）' },
    VILLAGE: { description: '村（社区）' },
  },
});

/** A county, township or village, keyed by its division code (GB/T 2260 + 统计用区划代码). */
@Directive('@key(fields: "code")')
@ObjectType('Region', { description: '行政区划（县、乡镇、村）/ Region: county, township or village' })
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'version' | 'parentCode';

  @Field(() => String, { description: '区划代码：县 6 位、乡镇 9 位、村 12 位' })
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field(() => String, { description: '名称' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => RegionLevel, { description: '层级' })
  @Enum({ items: () => RegionLevel, type: 'string' })
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: '上级区划代码' })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  parentCode: string | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}
