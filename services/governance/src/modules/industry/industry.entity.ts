import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';

/** 思路、劳力、项目、技术、资金、销路 (seed 000, 产业对接到户). */
export enum IndustryNeedKind {
  IDEA = 'IDEA',
  LABOUR = 'LABOUR',
  PROJECT = 'PROJECT',
  TECHNOLOGY = 'TECHNOLOGY',
  FUNDING = 'FUNDING',
  SALES = 'SALES',
}
registerEnumType(IndustryNeedKind, {
  name: 'IndustryNeedKind',
  description: '产业需求类别 / Kind of industry need',
  valuesConfig: {
    IDEA: { description: '思路' },
    LABOUR: { description: '劳力' },
    PROJECT: { description: '项目' },
    TECHNOLOGY: { description: '技术' },
    FUNDING: { description: '资金' },
    SALES: { description: '销路' },
  },
});

export enum IndustryNeedStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  FOLLOWING_UP = 'FOLLOWING_UP',
  MET = 'MET',
  CLOSED_UNMET = 'CLOSED_UNMET',
}
registerEnumType(IndustryNeedStatus, {
  name: 'IndustryNeedStatus',
  description: '产业需求状态 / Need status',
  valuesConfig: {
    OPEN: { description: '待对接' },
    MATCHED: { description: '已对接' },
    FOLLOWING_UP: { description: '跟踪中' },
    MET: { description: '已解决' },
    CLOSED_UNMET: { description: '未解决（已关闭）' },
  },
});

export enum IndustryResourceKind {
  TECH_COMMISSIONER = 'TECH_COMMISSIONER',
  ENTERPRISE = 'ENTERPRISE',
  COOPERATIVE = 'COOPERATIVE',
  OTHER = 'OTHER',
}
registerEnumType(IndustryResourceKind, {
  name: 'IndustryResourceKind',
  description: '产业资源类别 / Kind of resource',
  valuesConfig: {
    TECH_COMMISSIONER: { description: '科技特派员' },
    ENTERPRISE: { description: '企业' },
    COOPERATIVE: { description: '合作社' },
    OTHER: { description: '其他' },
  },
});

/** A household's need for help with its livelihood, followed until it is met or closed. */
@ObjectType('IndustryNeed', { description: '农户产业需求 / A household industry need' })
@Entity({ tableName: 'industry_need' })
@Index({ properties: ['villageCode', 'status'] })
export class IndustryNeed extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Household, { index: true, deleteRule: 'cascade' })
  household!: Household;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => IndustryNeedKind, { description: '需求类别' })
  @Enum({ items: () => IndustryNeedKind, type: 'string' })
  kind!: IndustryNeedKind;

  @Field(() => String, { description: '需求描述（不超过 500 字）' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => IndustryNeedStatus, { description: '状态' })
  @Enum({ items: () => IndustryNeedStatus, type: 'string' })
  status: Opt<IndustryNeedStatus> = IndustryNeedStatus.OPEN;

  @Field(() => String, { description: '登记人用户名' })
  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  recordedByCadreId: string | null = null;

  @Field(() => Date, { description: '登记时间' })
  declare createdAt: Date;

  @Field(() => String, { nullable: true, description: '结果说明（解决或关闭时）' })
  @Property({ type: 'string', length: 200, nullable: true })
  outcome: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  declare version: number;
}

/** Who can help: a 科技特派员, an enterprise, a cooperative … with what they offer and where. */
@ObjectType('IndustryResource', { description: '产业资源 / An industry resource' })
@Entity({ tableName: 'industry_resource' })
export class IndustryResource extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => IndustryResourceKind, { description: '类别' })
  @Enum({ items: () => IndustryResourceKind, type: 'string' })
  kind!: IndustryResourceKind;

  @Field(() => String, { description: '名称（不超过 60 字）' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => [IndustryNeedKind], { description: '能提供的帮助类别' })
  @Enum({ items: () => IndustryNeedKind, array: true, type: 'text[]' })
  offers!: IndustryNeedKind[];

  @Field(() => String, { description: '能提供什么（不超过 500 字）' })
  @Property({ type: 'string', length: 500 })
  offerText!: string;

  @Field(() => String, { description: '所在区划代码（县、乡镇或村）' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Property({ type: 'string', length: 50, nullable: true })
  contactName: string | null = null;

  // resolved by the resolver: in full for readers of the organisation (ORG_READ), masked for others
  @Field(() => String, { nullable: true, description: '联系电话（单位电话；无组织信息查看权限时脱敏）' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Field(() => Boolean, { description: '是否可用' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  declare version: number;
}

/** A need put in touch with a resource; followed up until the need is met or closed. */
@ObjectType('IndustryMatch', { description: '需求与资源的对接 / A match' })
@Entity({ tableName: 'industry_match' })
export class IndustryMatch extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => IndustryNeed, { index: true, deleteRule: 'cascade' })
  need!: IndustryNeed;

  @ManyToOne(() => IndustryResource, { index: true })
  resource!: IndustryResource;

  @Field(() => String, { description: '对接人用户名' })
  @Property({ type: 'string', length: 64 })
  matchedBy!: string;

  @Field(() => Date, { description: '对接时间' })
  declare createdAt: Date;

  @Field(() => String, { nullable: true, description: '对接说明' })
  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;
}

/** One follow-up of a match: on what day, what happened. */
@ObjectType('IndustryFollowUp', { description: '跟踪记录 / A follow-up' })
@Entity({ tableName: 'industry_follow_up' })
export class IndustryFollowUp extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => IndustryMatch, { index: true, deleteRule: 'cascade' })
  match!: IndustryMatch;

  @Field(() => String, { description: '跟踪日期 YYYY-MM-DD' })
  @Property({ type: 'date' })
  followedOn!: string;

  @Field(() => String, { description: '跟踪情况（不超过 500 字）' })
  @Property({ type: 'string', length: 500 })
  note!: string;

  @Field(() => String, { description: '记录人用户名' })
  @Property({ type: 'string', length: 64 })
  recordedBy!: string;
}
