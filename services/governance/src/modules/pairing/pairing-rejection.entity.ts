import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { Household } from '../household/index.js';

/** A suggested pairing the village turned down: never proposed again (双向选择). */
@Entity({ tableName: 'pairing_rejection' })
@Unique({ properties: ['cadre', 'household'] })
export class PairingRejection extends BaseEntity {
  @ManyToOne(() => Cadre, { deleteRule: 'cascade' })
  cadre!: Cadre;

  @ManyToOne(() => Household, { deleteRule: 'cascade', index: true })
  household!: Household;

  @Property({ type: 'string', length: 64 })
  rejectedBy!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  reason: string | null = null;
}
