import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { Policy } from './policy.entity.js';

/** Where a household stands with a policy it is owed (应享尽享). */
export enum PolicyBenefitStatus {
  ELIGIBLE = 'ELIGIBLE',
  INFORMED = 'INFORMED',
  APPLIED = 'APPLIED',
  GRANTED = 'GRANTED',
  DECLINED = 'DECLINED',
  INELIGIBLE = 'INELIGIBLE',
}
registerEnumType(PolicyBenefitStatus, {
  name: 'PolicyBenefitStatus',
  description: '政策落实状态 / Benefit status',
  valuesConfig: {
    ELIGIBLE: { description: '符合条件（待宣讲）' },
    INFORMED: { description: '已宣讲' },
    APPLIED: { description: '已申请' },
    GRANTED: { description: '已享受' },
    DECLINED: { description: '未享受（放弃或未获批）' },
    INELIGIBLE: { description: '不再符合条件' },
  },
});

/** States still owed: the household is eligible and not yet receiving. */
export const OPEN_STATUSES = [
  PolicyBenefitStatus.ELIGIBLE,
  PolicyBenefitStatus.INFORMED,
  PolicyBenefitStatus.APPLIED,
] as const;

/** One household × one policy: computed from the rule, then moved along by the people in the field. */
@ObjectType('PolicyBenefit', { description: '农户政策落实情况 / A household × policy' })
@Entity({ tableName: 'policy_benefit' })
@Unique({ properties: ['policy', 'household'] })
@Index({ properties: ['villageCode', 'status', 'statusSince'] })
export class PolicyBenefit extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Policy, { deleteRule: 'cascade' })
  policy!: Policy;

  @ManyToOne(() => Household, { index: true, deleteRule: 'cascade' })
  household!: Household;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => PolicyBenefitStatus, { description: '状态' })
  @Enum({ items: () => PolicyBenefitStatus, type: 'string' })
  status!: PolicyBenefitStatus;

  @Field(() => Date, { description: '进入当前状态的时间' })
  @Property({ type: 'datetime' })
  statusSince: Opt<Date> = new Date();

  @Field(() => String, { description: '最后变更人用户名' })
  @Property({ type: 'string', length: 64 })
  updatedBy!: string;

  @Field(() => Int, { description: '版本号（乐观锁：变更状态时须带上）' })
  declare version: number;
}

/** One step of a benefit's history: who moved it from what to what, when and why. */
@ObjectType('PolicyBenefitChange', { description: '政策落实状态变更记录 / A benefit state change' })
@Entity({ tableName: 'policy_benefit_change' })
export class PolicyBenefitChange extends BaseEntity {
  @ManyToOne(() => PolicyBenefit, { index: true, deleteRule: 'cascade' })
  benefit!: PolicyBenefit;

  @Field(() => PolicyBenefitStatus, { nullable: true, description: '原状态；首次测算时为空' })
  @Enum({ items: () => PolicyBenefitStatus, type: 'string', nullable: true })
  fromStatus: PolicyBenefitStatus | null = null;

  @Field(() => PolicyBenefitStatus, { description: '新状态' })
  @Enum({ items: () => PolicyBenefitStatus, type: 'string' })
  toStatus!: PolicyBenefitStatus;

  @Field(() => String, { description: '变更人用户名（按条件测算时为测算发起人）' })
  @Property({ type: 'string', length: 64 })
  changedBy!: string;

  @Field(() => Date, { description: '变更时间' })
  @Property({ type: 'datetime' })
  changedAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: '说明' })
  @Property({ type: 'string', length: 200, nullable: true })
  note: string | null = null;
}
