import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';

/**
 * The household's public code: the random part of the QR URL on its contact card
 * (`/s/<code>`). Whoever holds it may order services for the household, so it is unguessable
 * (128 random bits) and revocable; one live code per household, a revoked one stays for the record.
 */
@Entity({ tableName: 'household_public_code' })
@Index({
  name: 'household_public_code_one_live',
  expression: `create unique index "household_public_code_one_live" on "household_public_code" ("household_id") where "revoked_at" is null`,
})
export class HouseholdCode extends BaseEntity {
  @Index()
  @ManyToOne(() => Household)
  household!: Household;

  @Unique()
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  revokedBy: string | null = null;
}

/** Public-page attempts per key (a code or a client address) per minute, counted like login attempts. */
@Entity({ tableName: 'public_throttle' })
export class PublicThrottle {
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  @Index()
  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  attempts!: number;
}
