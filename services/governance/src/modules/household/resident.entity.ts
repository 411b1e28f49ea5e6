import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import type { Household } from './household.entity.js';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: '性别 / Sex',
  valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } },
});

/**
 * A member of a household (人员信息). ID numbers, phones and health notes are stored encrypted; responses show masked forms
 * only.
 */
@ObjectType('Resident', { description: '家庭成员 / Resident' })
@Entity({ tableName: 'resident' })
// One register entry per person, even under concurrent writes or imports (matched by the blind index).
@Index({
  name: 'resident_one_per_id_card',
  expression: `create unique index "resident_one_per_id_card" on "resident" ("id_card_index") where "id_card_index" is not null`,
})
export class Resident extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne({ entity: 'Household', index: true, deleteRule: 'cascade' })
  household!: Household;

  @Field(() => String, { description: '姓名' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: '与户主关系' })
  @Property({ type: 'string', length: 20 })
  relation!: string;

  @Field(() => Sex, { description: '性别' })
  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  // resolved by ResidentResolver: null for callers without PERSONAL_DATA_READ
  @Field(() => String, {
    nullable: true,
    description: '出生日期 YYYY-MM-DD；无权查看个人信息的账号（如县直部门）为空，请用出生年份或年龄段',
  })
  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Field(() => Boolean, { description: '是否户主' })
  @Property({ type: 'boolean', default: false })
  isHead: Opt<boolean> = false;

  @Property({ type: 'integer', default: 0 })
  sortOrder: Opt<number> = 0;

  @Index()
  @Property({ type: 'string', length: 50, default: '' })
  nameInitials: Opt<string> = '';

  /** AES-256-GCM ciphertext; never selected into a response. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  idCardCipher: string | null = null;

  /** HMAC blind index of the normalised ID number, for exact lookup and import matching. */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  idCardIndex: string | null = null;

  @Field(() => String, { nullable: true, description: '身份证号（脱敏，如 4301**********1234）' })
  @Property({ type: 'string', length: 18, nullable: true })
  idCardMasked: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  phoneCipher: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  phoneIndex: string | null = null;

  @Field(() => String, { nullable: true, description: '联系电话（脱敏，如 138****5678）' })
  @Property({ type: 'string', length: 16, nullable: true })
  phoneMasked: string | null = null;

  @Field(() => String, { nullable: true, description: '职业' })
  @Property({ type: 'string', length: 50, nullable: true })
  occupation: string | null = null;

  /** Health / disability notes are sensitive: encrypted like ID numbers. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  healthCipher: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁：修改、删除时须带上）' })
  declare version: number;

  @Field(() => Int, { nullable: true, description: '出生年份' })
  get birthYear(): number | null {
    return this.birthDate ? Number(this.birthDate.slice(0, 4)) : null;
  }
}
