import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TokenSigner, type Principal } from '@xiangzhi/auth';
import { badInput, notFound } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { AccountErrorCode, accountError } from './account.errors.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export interface Session { accessToken: string; refreshToken: string; expiresAt: Date; account: Account }

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

// Verified against when the username is unknown, so both paths take the same time.
let dummyHash: Promise<string> | null = null;

export function principalOf(a: Account): Principal {
  return { accountId: a.id, username: a.username, roles: a.roles, divisionCode: a.divisionCode, gridIds: a.gridIds, cadreId: a.cadreId };
}

export class AccountService {
  constructor(private readonly em: EntityManager, private readonly signer: TokenSigner) {}

  async login(username: string, password: string): Promise<Session> {
    if (!username.trim()) throw badInput('username', '请输入用户名');
    if (!password) throw badInput('password', '请输入密码');
    const account = await this.em.findOne(Account, { username: username.trim() });
    dummyHash ??= hashPassword('not-a-real-password');
    const ok = await argon2.verify(account?.passwordHash ?? (await dummyHash), password);
    const now = new Date();
    if (!account || account.disabled) throw accountError(AccountErrorCode.INVALID_CREDENTIALS);
    if (account.lockedUntil && account.lockedUntil > now) throw accountError(AccountErrorCode.INVALID_CREDENTIALS);
    if (!ok) {
      account.failedLogins += 1;
      if (account.failedLogins >= MAX_FAILED_LOGINS) {
        account.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        account.failedLogins = 0;
      }
      await this.em.flush();
      throw accountError(AccountErrorCode.INVALID_CREDENTIALS);
    }
    account.failedLogins = 0;
    account.lockedUntil = null;
    return this.issue(account);
  }

  /** Exchanges a refresh token for a new pair; the old one stops working (rotation). */
  async refresh(refreshToken: string): Promise<Session> {
    const row = await this.em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) }, { populate: ['account'] });
    if (!row || row.revokedAt || row.expiresAt < new Date() || row.account.disabled) {
      throw accountError(AccountErrorCode.INVALID_REFRESH_TOKEN, 'refreshToken');
    }
    row.revokedAt = new Date();
    return this.issue(row.account);
  }

  async me(principal: Principal): Promise<Account> {
    const account = await this.em.findOne(Account, { id: principal.accountId });
    if (!account || account.disabled) throw notFound('账号不存在或已停用');
    return account;
  }

  private async issue(account: Account): Promise<Session> {
    const { token, expiresAt } = await this.signer.sign(principalOf(account));
    const refreshToken = randomBytes(32).toString('base64url');
    this.em.create(RefreshToken, {
      tokenHash: sha256(refreshToken),
      account,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
    });
    await this.em.flush();
    return { accessToken: token, refreshToken, expiresAt, account };
  }
}
