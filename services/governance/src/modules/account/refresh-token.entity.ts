import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';

/** A refresh token, stored as its SHA-256 only; each use rotates it. */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken extends BaseEntity {
  @Index()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => Account)
  account!: Account;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
