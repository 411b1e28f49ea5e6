import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Cadre } from './cadre.entity.js';
import { Household } from '../household/index.js';

/**
 * 联户: a cadre paired with a household from a date, until it is ended. Ending keeps the row, so
 * a household's pairings are its history; pairing the same two again is a new row.
 */
@ObjectType('Pairing', { description: '联户结对 / A cadre paired with a household (一联一、一联多)' })
@Entity({ tableName: 'pairing' })
@Index({ properties: ['household', 'endedOn'] })
export class Pairing extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Cadre, { index: true })
  cadre!: Cadre;

  @ManyToOne(() => Household)
  household!: Household;

  @Field(() => String, { description: '结对日期（YYYY-MM-DD）' })
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: '解除日期；为空表示仍在联系' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '解除原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  endedReason: string | null = null;

  @Field(() => String, { nullable: true, description: '安排人用户名' })
  @Property({ type: 'string', length: 64, nullable: true })
  createdBy: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  declare version: number;
}
