import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

export enum RankingKind {
  CADRE = 'CADRE',
  GRID_MEMBER = 'GRID_MEMBER',
}
registerEnumType(RankingKind, {
  name: 'RankingKind',
  description: '排名对象 / Who is ranked',
  valuesConfig: { CADRE: { description: '党员干部' }, GRID_MEMBER: { description: '网格长、网格员' } },
});

export enum RankingStatus {
  DRAFT = 'DRAFT',
  OBJECTION = 'OBJECTION',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(RankingStatus, {
  name: 'RankingStatus',
  description: '排名状态 / Ranking status',
  valuesConfig: {
    DRAFT: { description: '草稿（可重新计算）' },
    OBJECTION: { description: '公示中（异议期）' },
    PUBLISHED: { description: '已发布（不可更改）' },
  },
});

export enum ObjectionStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
}
registerEnumType(ObjectionStatus, {
  name: 'RankingObjectionStatus',
  description: '异议处理状态 / Objection status',
  valuesConfig: {
    PENDING: { description: '待处理' },
    UPHELD: { description: '异议成立' },
    REJECTED: { description: '异议不成立' },
  },
});

/**
 * One month's ranking of a township or village (月通报): computed from the ledger as a draft, shown for
 * objections for the jurisdiction's objection days, then published and frozen (a trigger refuses changes).
 */
@ObjectType('Ranking', { description: '月度积分排名（张榜公示）/ Monthly points ranking' })
@Entity({ tableName: 'ranking' })
@Unique({ properties: ['divisionCode', 'month', 'kind'] })
// the publish job: rankings whose window has ended
@Index({
  name: 'ranking_due_index',
  expression: `create index "ranking_due_index" on "ranking" ("objection_ends_at") where "status" = 'OBJECTION'`,
})
export class Ranking extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '排名范围：乡镇（9 位）或村（12 位）区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM）' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => RankingKind, { description: '排名对象' })
  @Enum({ items: () => RankingKind, type: 'string' })
  kind!: RankingKind;

  @Field(() => RankingStatus, { description: '状态' })
  @Enum({ items: () => RankingStatus, type: 'string', default: RankingStatus.DRAFT })
  status: Opt<RankingStatus> = RankingStatus.DRAFT;

  @Field(() => Date, { description: '最近一次计算时间' })
  @Property({ type: 'datetime' })
  computedAt!: Date;

  @Property({ type: 'uuid' })
  computedBy!: string;

  @Field(() => Date, { nullable: true, description: '异议期开始时间' })
  @Property({ type: 'datetime', nullable: true })
  objectionOpenedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '异议期截止时间（截止后自动发布）' })
  @Property({ type: 'datetime', nullable: true })
  objectionEndsAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /** Who published it; null when the publish job did at the window's end. */
  @Property({ type: 'uuid', nullable: true })
  publishedBy: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  declare version: number;
}

/** One ranked person: the totals are the ledger's for the month, under the ranking's division. */
@ObjectType('RankingRow', { description: '排名中的一行 / A row of a ranking' })
@Entity({ tableName: 'ranking_row' })
@Unique({ properties: ['rankingId', 'cadreId'] })
export class RankingRow extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Property({ type: 'uuid' })
  rankingId!: string;

  @Field(() => ID, { description: '党员干部编号' })
  @Index()
  @Property({ type: 'uuid' })
  cadreId!: string;

  /** The name as it stood when computed: the posted board never changes with a later rename. */
  @Field(() => String, { description: '姓名（计算时）' })
  @Property({ type: 'string', length: 50 })
  cadreName!: string;

  @Field(() => String, { description: '所在村或乡镇区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '名次（同分同名次，下一名次跳过）' })
  @Property({ type: 'integer' })
  rank!: number;

  @Field(() => Int, { description: '当月积分合计（可为负）' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: '当月积分记录条数' })
  @Property({ type: 'integer' })
  entryCount!: number;
}

/** An objection a cadre files about their own row while the ranking is shown; the office decides it. */
@ObjectType('RankingObjection', { description: '对排名的异议 / Objection to a ranking' })
@Entity({ tableName: 'ranking_objection' })
// one open objection per cadre and ranking: a second one waits for the first decision
@Index({
  name: 'ranking_objection_one_pending',
  expression: `create unique index "ranking_objection_one_pending" on "ranking_objection" ("ranking_id", "cadre_id") where "status" = 'PENDING'`,
})
export class RankingObjection extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => ID, { description: '排名编号' })
  @Index()
  @Property({ type: 'uuid' })
  rankingId!: string;

  @Field(() => ID, { description: '提出异议的党员干部编号' })
  @Property({ type: 'uuid' })
  cadreId!: string;

  @Property({ type: 'uuid' })
  filedBy!: string;

  @Field(() => String, { description: '异议理由' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => ObjectionStatus, { description: '处理状态' })
  @Enum({ items: () => ObjectionStatus, type: 'string', default: ObjectionStatus.PENDING })
  status: Opt<ObjectionStatus> = ObjectionStatus.PENDING;

  @Field(() => String, { nullable: true, description: '处理意见' })
  @Property({ type: 'string', length: 200, nullable: true })
  decisionReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '处理时间' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Date, { description: '提出时间' })
  declare createdAt: Date;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  declare version: number;
}

/** How many days a ranking stays open for objections, per jurisdiction (the nearest setting applies). */
@ObjectType('RankingSetting', { description: '排名公示设置 / Ranking settings of a jurisdiction' })
@Entity({ tableName: 'ranking_setting' })
export class RankingSetting extends BaseEntity {
  @Field(() => String, { description: '区划代码' })
  @Property({ type: 'string', length: 12, unique: true })
  divisionCode!: string;

  @Field(() => Int, { description: '异议期天数' })
  @Property({ type: 'integer' })
  objectionDays!: number;

  @Property({ type: 'uuid' })
  updatedBy!: string;
}
