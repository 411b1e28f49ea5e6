import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 } from 'uuid';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/** A draft is edited; once published the text never changes again (corrections are addenda). */
export enum MinutesStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MinutesStatus, {
  name: 'MinutesStatus',
  description: '会议纪要状态 / Minutes status',
  valuesConfig: {
    DRAFT: { description: '草稿（可编辑）' },
    PUBLISHED: { description: '已发布（只读，更正以补充说明的形式追加）' },
  },
});

/** The minutes of one meeting: drafted from its record, edited, then published read-only. */
@ObjectType('Minutes', { description: '会议纪要 / Minutes of a meeting' })
@Entity({ tableName: 'minutes' })
export class Minutes extends BaseEntity {
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  @Field(() => ID, { description: '所属会议编号' })
  @Unique()
  @Property({ type: 'uuid' })
  meetingId!: string;

  /** The meeting's village, copied so that reads are scoped without a join. */
  @Field(() => String, { description: '所在村的区划代码（12 位）' })
  @Index()
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => MinutesStatus, { description: '状态：草稿或已发布' })
  @Enum({ items: () => MinutesStatus, type: 'string' })
  status: MinutesStatus = MinutesStatus.DRAFT;

  @Field(() => String, { description: '纪要正文（分节：一、二、三……开头的行是节标题）' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int, { description: '版本号（修改时须带上，防止覆盖他人的修改）' })
  declare version: number;

  @Field(() => Date, { description: '起草时间' })
  declare createdAt: Date;

  @Field(() => Date, { description: '最后修改时间' })
  declare updatedAt: Date;

  @Field(() => String, { nullable: true, description: '最后修改人（账号）' })
  @Property({ type: 'string', length: 64, nullable: true })
  editedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '发布时间' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '发布人（账号）' })
  @Property({ type: 'string', length: 64, nullable: true })
  publishedBy: string | null = null;
}

/** A correction or addition to published minutes: who wrote it and when; never edited. */
@ObjectType('MinutesAddendum', { description: '会议纪要补充说明（发布后的更正）/ Addendum to published minutes' })
@Entity({ tableName: 'minutes_addendum' })
@Index({ properties: ['minutesId', 'createdAt'] })
export class MinutesAddendum {
  @Field(() => ID, { description: '编号（UUIDv7）' })
  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  // the foreign key only (mapToPk): the service reads addenda by id, never through the minutes object
  @ManyToOne(() => Minutes, { mapToPk: true, fieldName: 'minutes_id', deleteRule: 'cascade', updateRule: 'cascade' })
  minutesId!: string;

  @Field(() => String, { description: '补充说明内容' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'uuid' })
  authorAccountId!: string;

  @Field(() => String, { description: '填写人（账号）' })
  @Property({ type: 'string', length: 64 })
  author!: string;

  @Field(() => Date, { description: '填写时间' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
