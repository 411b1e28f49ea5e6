import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { HOUSEHOLD_TAG_WORDS } from '@xiangzhi/auth';
import type { Household } from './household.entity.js';

/** 特殊群体 / 重点人群 of the glossary. Health, disability and subsistence tags are sensitive. */
export enum HouseholdTagKind {
  DIBAO = 'DIBAO',
  WUBAO = 'WUBAO',
  SERIOUS_ILLNESS_DISABILITY = 'SERIOUS_ILLNESS_DISABILITY',
  EMPTY_NEST_ELDERLY = 'EMPTY_NEST_ELDERLY',
  LEFT_BEHIND_CHILD = 'LEFT_BEHIND_CHILD',
  LEFT_BEHIND_WOMAN = 'LEFT_BEHIND_WOMAN',
  LEFT_BEHIND_ELDERLY = 'LEFT_BEHIND_ELDERLY',
  LIFTED_FROM_POVERTY = 'LIFTED_FROM_POVERTY',
  MONITORED = 'MONITORED',
}
/** The register form's wording of each tag (export, template); the import accepts all of HOUSEHOLD_TAG_WORDS. */
export const HOUSEHOLD_TAG_LABELS = Object.fromEntries(
  Object.values(HouseholdTagKind).map((tag) => [tag, HOUSEHOLD_TAG_WORDS[tag].formal]),
) as Record<HouseholdTagKind, string>;
/** Tags that reveal health or subsistence status: shown only to those who may see personal data. */
export const SENSITIVE_TAGS: ReadonlySet<HouseholdTagKind> = new Set([
  HouseholdTagKind.DIBAO,
  HouseholdTagKind.WUBAO,
  HouseholdTagKind.SERIOUS_ILLNESS_DISABILITY,
  HouseholdTagKind.LIFTED_FROM_POVERTY,
  HouseholdTagKind.MONITORED,
]);

registerEnumType(HouseholdTagKind, {
  name: 'HouseholdTagKind',
  description: '特殊群体标签 / Special-group tag',
  valuesConfig: Object.fromEntries(Object.entries(HOUSEHOLD_TAG_LABELS).map(([k, v]) => [k, { description: v }])),
});

/** A tag on a household, with who set it and when; removing keeps the row (removedAt). */
@ObjectType('HouseholdTag', { description: '农户标签 / Household tag' })
@Entity({ tableName: 'household_tag' })
@Index({ properties: ['household', 'removedAt'] })
export class HouseholdTag extends BaseEntity {
  @ManyToOne({ entity: 'Household', deleteRule: 'cascade' })
  household!: Household;

  @Field(() => HouseholdTagKind, { description: '标签' })
  @Index()
  @Enum({ items: () => HouseholdTagKind, type: 'string' })
  tag!: HouseholdTagKind;

  @Field(() => String, { description: '设置人用户名' })
  @Property({ type: 'string', length: 64 })
  setBy!: string;

  @Field(() => Date, { description: '设置时间' })
  @Property({ type: 'datetime' })
  setAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: '备注' })
  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  removedAt: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  removedBy: string | null = null;
}
