import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Cadre } from './cadre.entity.js';
import { Household } from '../household/household.entity.js';

/** 联户: a cadre paired with a household from a date, until it is ended. */
@Entity({ tableName: 'pairing' })
@Index({ properties: ['household', 'endedOn'] })
export class Pairing extends BaseEntity {
  @ManyToOne(() => Cadre, { index: true })
  cadre!: Cadre;

  @ManyToOne(() => Household)
  household!: Household;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  endedReason: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  createdBy: string | null = null;
}
