import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Login attempts per key (a username or a client address) per minute, counted by one upsert in
 * PostgreSQL so the limit holds across processes and replicas.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** `u:<username>` or `a:<client address>`. */
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  @Index()
  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  attempts!: number;
}
