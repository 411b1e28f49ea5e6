import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { SessionFamily } from './session-family.entity.js';

/** A refresh token, stored as its SHA-256 only; each use rotates it within its family. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken extends BaseEntity {
  @Index()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => Account)
  account!: Account;

  @Index()
  @ManyToOne(() => SessionFamily)
  family!: SessionFamily;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When it was exchanged for the next token; a second use is reuse and revokes the family. */
  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
