import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenSigner, Principal } from '@xiangzhi/auth';
import { AppError, notFound } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SessionFamily } from './session-family.entity.js';
import { AccountErrorCode, accountError, invalidCredentials, accountInput } from './account.errors.js';
import { REFRESH_TOKEN_DAYS, burnPasswordCheck, hashPassword, principalOf, verifyPassword } from './password-hash.js';
import { passwordProblem, weakPassword } from './password-policy.js';
import { securitySettings } from './security-settings.service.js';
import { countLoginAttempt } from './login-throttle.js';
import { appendAuditRecord } from '../audit/index.js';
import { AuditAction, AuditOutcome } from '../audit/index.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Longer than any password a person types; argon2 would still hash a megabyte. */
const PASSWORD_INPUT_MAX = 256;
const USERNAME_INPUT_MAX = 64;

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  account: Account;
}

interface Reserved {
  id: string;
  password_hash: string;
  failed_logins: number;
  division_code: string;
}

/**
 * Login, refresh, logout and password changes. The lockout counter is one atomic UPDATE taken
 * before the password is checked, so simultaneous guesses cannot exceed the limit; refresh tokens
 * rotate within a session family and a reused one revokes the family.
 */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly signer: TokenSigner,
    private readonly clientAddress: string | null,
  ) {}

  async login(usernameInput: string, password: string): Promise<Session> {
    const username = usernameInput.trim().toLowerCase();
    if (!username) throw accountInput('username', '请输入用户名');
    if (username.length > USERNAME_INPUT_MAX)
      throw accountInput('username', `用户名不能超过 ${USERNAME_INPUT_MAX} 个字符`);
    if (!password) throw accountInput('password', '请输入密码');
    if (password.length > PASSWORD_INPUT_MAX)
      throw accountInput('password', `密码不能超过 ${PASSWORD_INPUT_MAX} 个字符`);
    const settings = await securitySettings(this.em);
    const refused = invalidCredentials(settings.maxFailedLogins, settings.lockMinutes);

    const verdict = await countLoginAttempt(this.em, username, this.clientAddress, {
      perUser: settings.loginsPerMinutePerUser,
      perAddress: settings.loginsPerMinutePerAddress,
    });
    if (verdict !== 'OK') {
      await this.auditFailure(
        username,
        verdict === 'USER' ? '同一用户名登录尝试过于频繁，已限流' : '同一地址登录尝试过于频繁，已限流',
      );
      throw accountError(AccountErrorCode.RATE_LIMITED);
    }

    const reserved = await this.reserveAttempt({ username }, settings.maxFailedLogins, settings.lockMinutes);
    if (!reserved) {
      await burnPasswordCheck(password);
      await this.auditFailure(username, await this.whyRefused(username));
      throw refused;
    }
    if (!(await verifyPassword(reserved.password_hash, password))) {
      const locked = reserved.failed_logins >= settings.maxFailedLogins;
      await this.auditFailure(
        username,
        `密码错误（连续第 ${reserved.failed_logins} 次）${locked ? `，账号锁定 ${settings.lockMinutes} 分钟` : ''}`,
        reserved,
      );
      throw refused;
    }
    await this.em
      .getConnection()
      .execute('update account set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?', [
        reserved.id,
      ]);
    const account = await this.em.findOneOrFail(Account, { id: reserved.id }, { refresh: true });
    const session = await this.issue(account, null);
    await this.audit(AuditAction.LOGIN, account, '用户名密码登录', account.mustChangePassword ? '须先修改密码' : null);
    return session;
  }

  /** Exchanges a refresh token for a new pair in the same family; the old one stops working. */
  async refresh(refreshToken: string | null | undefined): Promise<Session> {
    const invalid = accountError(AccountErrorCode.INVALID_REFRESH_TOKEN, 'refreshToken');
    if (!refreshToken || refreshToken.length > 200) throw invalid;
    const hash = sha256(refreshToken);
    const settings = await securitySettings(this.em);
    // One statement marks the token used: of simultaneous refreshes with it, exactly one gets a row.
    const [won] = await this.em.getConnection().execute<{ family_id: string; account_id: string; idle: boolean }[]>(
      `update refresh_token t set used_at = now() from session_family f
        where t.token_hash = ? and t.used_at is null and t.expires_at > now() and f.id = t.family_id and f.revoked_at is null
        returning t.family_id, t.account_id, f.last_used_at < now() - make_interval(mins => ?) as idle`,
      [hash, settings.idleMinutes],
    );
    if (!won) {
      await this.detectReuse(hash);
      throw invalid;
    }
    if (won.idle) {
      await this.revokeFamilies({ id: won.family_id }, `空闲超过 ${settings.idleMinutes} 分钟`);
      throw invalid;
    }
    const account = await this.em.findOne(Account, { id: won.account_id });
    if (!account || account.disabled) {
      await this.revokeFamilies({ id: won.family_id }, '账号已停用');
      throw invalid;
    }
    return this.issue(account, won.family_id);
  }

  /** Ends the session of the refresh token (its whole family). False when there was none to end. */
  async logout(refreshToken: string | null | undefined): Promise<boolean> {
    if (!refreshToken || refreshToken.length > 200) return false;
    const token = await this.em.findOne(
      RefreshToken,
      { tokenHash: sha256(refreshToken) },
      { populate: ['account', 'family'] },
    );
    if (!token || token.family.revokedAt) return false;
    await this.revokeFamilies({ id: token.family.id }, '退出登录');
    await this.audit(AuditAction.LOGOUT, token.account, '退出登录', null);
    return true;
  }

  /** Sets a new password (the rules of password-policy.ts); ends every other session and starts a new one. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<Session> {
    const account = await this.em.findOne(Account, { id: principal.accountId });
    if (!account || account.disabled) throw notFound('账号不存在或已停用');
    if (!currentPassword) throw accountInput('currentPassword', '请输入当前密码');
    if (currentPassword.length > PASSWORD_INPUT_MAX)
      throw accountInput('currentPassword', `密码不能超过 ${PASSWORD_INPUT_MAX} 个字符`);
    if (newPassword.length > PASSWORD_INPUT_MAX) throw weakPassword('密码过长');
    const settings = await securitySettings(this.em);
    // the current password is a guess like a login: it counts towards the lockout
    const reserved = await this.reserveAttempt({ id: account.id }, settings.maxFailedLogins, settings.lockMinutes);
    if (!reserved)
      throw new AppError(
        AccountErrorCode.INVALID_CREDENTIALS,
        `账号已锁定，请 ${settings.lockMinutes} 分钟后再试`,
        'currentPassword',
      );
    if (!(await verifyPassword(reserved.password_hash, currentPassword))) {
      await this.auditFailure(
        account.username,
        `当前密码错误（连续第 ${reserved.failed_logins} 次）`,
        reserved,
        AuditAction.PASSWORD_CHANGE,
      );
      throw new AppError(AccountErrorCode.INVALID_CREDENTIALS, '当前密码不正确', 'currentPassword');
    }
    await this.em
      .getConnection()
      .execute('update account set failed_logins = 0, locked_until = null where id = ?', [account.id]);
    const problem = passwordProblem(newPassword, account.username);
    if (problem) throw weakPassword(problem);
    if (newPassword === currentPassword) throw weakPassword('新密码不能与当前密码相同');

    account.passwordHash = await hashPassword(newPassword);
    account.mustChangePassword = false;
    await this.em.flush();
    await this.revokeFamilies({ account: account.id }, '修改密码');
    const session = await this.issue(account, null);
    await this.audit(AuditAction.PASSWORD_CHANGE, account, '本人修改密码', '其他会话已全部退出');
    return session;
  }

  async me(principal: Principal): Promise<Account> {
    const account = await this.em.findOne(Account, { id: principal.accountId });
    if (!account || account.disabled) throw notFound('账号不存在或已停用');
    return account;
  }

  /**
   * Counts an attempt before the password is checked, in one statement: it increments the
   * counter of an account that is neither disabled nor locked, locks it when the count reaches
   * the limit (a right password then unlocks it again), and restarts the count after a lock has
   * expired. No row: unknown, disabled or locked — the password is not checked at all.
   */
  private async reserveAttempt(
    who: { username: string } | { id: string },
    maxFailed: number,
    lockMinutes: number,
  ): Promise<Reserved | null> {
    const [row] = await this.em.getConnection().execute<Reserved[]>(
      `update account set
         failed_logins = case when locked_until is not null then 1 else failed_logins + 1 end,
         locked_until = case when (case when locked_until is not null then 1 else failed_logins + 1 end) >= ?
                             then now() + make_interval(mins => ?) else null end
       where ${'username' in who ? 'username' : 'id'} = ? and not disabled and (locked_until is null or locked_until <= now())
       returning id, password_hash, failed_logins, division_code`,
      [maxFailed, lockMinutes, 'username' in who ? who.username : who.id],
    );
    return row ?? null;
  }

  /** For the audit record only (the caller gets the same answer whatever it is). */
  private async whyRefused(username: string): Promise<string> {
    const [row] = await this.em
      .getConnection()
      .execute<{ disabled: boolean; locked: boolean }[]>(
        'select disabled, locked_until > now() as locked from account where username = ?',
        [username],
      );
    if (!row) return '用户名不存在';
    return row.disabled ? '账号已停用' : row.locked ? '账号已锁定' : '登录被拒绝';
  }

  /** A token that was already exchanged is presented again: someone holds a copy, so the session ends. */
  private async detectReuse(hash: string): Promise<void> {
    const token = await this.em.findOne(RefreshToken, { tokenHash: hash }, { populate: ['account', 'family'] });
    if (!token?.usedAt || token.family.revokedAt) return;
    await this.revokeFamilies({ id: token.family.id }, '刷新令牌被重复使用');
    await this.audit(
      AuditAction.SESSION_REVOKED,
      token.account,
      '刷新令牌被重复使用',
      '该会话的全部令牌已吊销，须重新登录',
      AuditOutcome.FAILURE,
    );
  }

  private async revokeFamilies(which: { id: string } | { account: string }, reason: string): Promise<void> {
    await this.em
      .getConnection()
      .execute(
        `update session_family set revoked_at = now(), revoked_reason = ? where ${'id' in which ? 'id' : 'account_id'} = ? and revoked_at is null`,
        [reason, 'id' in which ? which.id : which.account],
      );
  }

  /** A new access token and a refresh token in the family (a new family for a login). */
  private async issue(account: Account, familyId: string | null): Promise<Session> {
    const family = familyId
      ? this.em.getReference(SessionFamily, familyId)
      : this.em.create(SessionFamily, { account, lastUsedAt: new Date() });
    if (familyId)
      await this.em.getConnection().execute('update session_family set last_used_at = now() where id = ?', [familyId]);
    const refreshToken = randomBytes(32).toString('base64url');
    this.em.create(RefreshToken, {
      tokenHash: sha256(refreshToken),
      account,
      family,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
    });
    await this.em.flush();
    const { token, expiresAt } = await this.signer.sign(principalOf(account));
    return { accessToken: token, refreshToken, expiresAt, account };
  }

  private async audit(
    action: AuditAction,
    account: Account,
    reason: string,
    detail: string | null,
    outcome = AuditOutcome.SUCCESS,
  ): Promise<void> {
    await appendAuditRecord(this.em, {
      action,
      outcome,
      actorId: account.id,
      actorName: account.username,
      clientAddress: this.clientAddress,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason,
      detail,
    });
  }

  private async auditFailure(
    username: string,
    detail: string,
    known?: Reserved,
    action = AuditAction.LOGIN_FAILED,
  ): Promise<void> {
    const account =
      known ??
      (
        await this.em
          .getConnection()
          .execute<Reserved[]>('select id, division_code from account where username = ?', [username])
      )[0];
    await appendAuditRecord(this.em, {
      action,
      outcome: AuditOutcome.FAILURE,
      actorId: account?.id ?? null,
      actorName: username,
      clientAddress: this.clientAddress,
      subjectType: 'Account',
      subjectId: account?.id ?? null,
      divisionCode: account?.division_code ?? '',
      reason: action === AuditAction.LOGIN_FAILED ? '用户名密码登录' : '本人修改密码',
      detail,
    });
  }
}
