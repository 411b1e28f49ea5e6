import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';

/**
 * One login session: every refresh token rotated from the same login belongs to it. Revoking the
 * family (logout, reuse of a rotated token, password change, disabling) ends every token of it,
 * including one issued after the revocation was decided.
 */
@Entity({ tableName: 'session_family' })
export class SessionFamily extends BaseEntity {
  @Index()
  @ManyToOne(() => Account)
  account!: Account;

  /** Last login or refresh: a family idle for longer than the security setting is refused. */
  @Property({ type: 'datetime' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** Why it ended, in Chinese (退出登录, 刷新令牌被重复使用 …). */
  @Property({ type: 'string', length: 50, nullable: true })
  revokedReason: string | null = null;
}
