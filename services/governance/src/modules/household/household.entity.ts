import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { Resident } from './resident.entity.js';
import { HouseholdTag } from './household-tag.entity.js';
import { VillagerGroup } from '../territory/index.js';

/** Yearly household income band (收入档次). */
export enum IncomeBand {
  BELOW_10K = 'BELOW_10K',
  FROM_10K_TO_30K = 'FROM_10K_TO_30K',
  FROM_30K_TO_60K = 'FROM_30K_TO_60K',
  FROM_60K_TO_100K = 'FROM_60K_TO_100K',
  ABOVE_100K = 'ABOVE_100K',
}
registerEnumType(IncomeBand, {
  name: 'IncomeBand',
  description: '家庭年收入档次 / Yearly income band',
  valuesConfig: {
    BELOW_10K: { description: '1 万元以下' },
    FROM_10K_TO_30K: { description: '1–3 万元' },
    FROM_30K_TO_60K: { description: '3–6 万元' },
    FROM_60K_TO_100K: { description: '6–10 万元' },
    ABOVE_100K: { description: '10 万元以上' },
  },
});

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

  @ManyToOne(() => VillagerGroup, { nullable: true, index: true })
  group: VillagerGroup | null = null;

  @Field(() => String, { description: '住址' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  /** The address as it sorts (natural_sort_key: 二组10号 after 二组2号), kept by PostgreSQL, not computed per row read. */
  @Index({ name: 'household_village_address_sort', properties: ['villageCode', 'addressSortKey'] })
  @Property<Household>({
    type: 'text',
    lazy: true,
    generated: (cols) => `(natural_sort_key(${cols.address})) stored`,
  })
  addressSortKey!: Opt<string>;

  @Field(() => String, { description: '户主姓名' })
  @Index()
  @Property({ type: 'string', length: 50 })
  headName!: string;

  /** Pinyin initials of the head's name (王建国 → wjg), for search on a phone keyboard. */
  @Index()
  @Property({ type: 'string', length: 50, default: '' })
  headNameInitials: Opt<string> = '';

  @Field(() => IncomeBand, { nullable: true, description: '家庭年收入档次' })
  @Enum({ items: () => IncomeBand, type: 'string', nullable: true })
  incomeBand: IncomeBand | null = null;

  @Field(() => String, { nullable: true, description: '生产情况' })
  @Property({ type: 'text', nullable: true })
  productionSituation: string | null = null;

  @Field(() => String, { nullable: true, description: '生活情况' })
  @Property({ type: 'text', nullable: true })
  livingSituation: string | null = null;

  @Field(() => String, { nullable: true, description: '困难与诉求' })
  @Property({ type: 'text', nullable: true })
  difficulties: string | null = null;

  @OneToMany(() => HouseholdTag, (t) => t.household)
  tags = new Collection<HouseholdTag>(this);

  @Field(() => Int, { description: '家庭人口数' })
  @Property({ type: 'integer' })
  memberCount: Opt<number> = 1;

  @OneToMany(() => Resident, (r) => r.household)
  residents = new Collection<Resident>(this);

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
