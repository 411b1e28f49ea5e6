import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Action,
  Role,
  authorize,
  can,
  divisionLevel,
  roleAssignmentProblem,
  roleNames,
  type Principal,
} from '@xiangzhi/auth';
import { decodePage, toConnection, type Connection, isUuid } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { AccountStatus, type CreatedAccount } from './account.types.js';
import type { AccountsArgs, CreateAccountInput, UpdateAccountInput } from './dto/account.input.js';
import { AccountErrorCode, accountError, accountNotFound, staleAccount, accountInput } from './account.errors.js';
import { hashPassword } from './password-hash.js';
import { temporaryPassword } from './password-policy.js';
import { Region } from '../region/index.js';
import { AuditService, escapeLike } from '../audit/index.js';
import { AuditAction } from '../audit/index.js';

export { hashPassword } from './password-hash.js';

const USERNAME = /^[a-z0-9_]{3,32}$/;
const DISPLAY_NAME_MAX = 50;
const SEARCH_MAX = 50;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Account administration under 三员分立: the system administrator creates, edits, disables and
 * resets accounts (ACCOUNT_MANAGE), the security administrator assigns roles and unlocks
 * (ROLE_ASSIGN, ACCOUNT_UNLOCK); both list accounts inside their own division. Each change is audited.
 */
export class AccountService {
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    clientAddress: string | null,
  ) {
    this.audit = new AuditService(em, principal, clientAddress);
  }

  async list(q: AccountsArgs): Promise<Connection<Account>> {
    authorize(this.principal, Action.ACCOUNT_READ);
    const { limit, offset } = decodePage(q);
    const search = q.search?.trim() ?? '';
    if (search.length > SEARCH_MAX) throw accountInput('search', `查找内容不能超过 ${SEARCH_MAX} 个字`);
    const and: FilterQuery<Account>[] = [{ divisionCode: { $like: `${escapeLike(this.principal.divisionCode)}%` } }];
    if (search)
      and.push({
        $or: [
          { username: { $ilike: `%${escapeLike(search)}%` } },
          { displayName: { $ilike: `%${escapeLike(search)}%` } },
        ],
      });
    if (q.role) and.push({ roles: { $contains: [q.role] } });
    const now = new Date();
    if (q.status === AccountStatus.DISABLED) and.push({ disabled: true });
    if (q.status === AccountStatus.LOCKED) and.push({ disabled: false, lockedUntil: { $gt: now } });
    if (q.status === AccountStatus.ACTIVE)
      and.push({ disabled: false, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] });
    const [rows, total] = await this.em.findAndCount(
      Account,
      { $and: and },
      { orderBy: [{ username: 'asc' }], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  /** One account inside the reader's division, or null (unknown and elsewhere look alike). */
  async get(id: string): Promise<Account | null> {
    authorize(this.principal, Action.ACCOUNT_READ);
    if (!isUuid(id)) return null;
    const account = await this.em.findOne(Account, { id });
    return account && can(this.principal, Action.ACCOUNT_READ, { divisionCode: account.divisionCode }) ? account : null;
  }

  async create(input: CreateAccountInput): Promise<CreatedAccount> {
    authorize(this.principal, Action.ACCOUNT_MANAGE);
    const username = input.username.trim();
    if (!USERNAME.test(username)) throw accountInput('username', '用户名须为 3–32 位小写字母、数字或下划线');
    const displayName = this.displayName(input.displayName);
    const divisionCode = await this.divisionCode(input.divisionCode);
    if (await this.em.count(Account, { username })) throw accountInput('username', `用户名“${username}”已被使用`);
    const password = temporaryPassword(username);
    const account = this.em.create(Account, {
      username,
      displayName,
      divisionCode,
      passwordHash: await hashPassword(password),
      roles: [],
      mustChangePassword: true,
    });
    this.audit.record({
      action: AuditAction.ACCOUNT_CREATE,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode,
      reason: '创建账号',
      detail: `用户名 ${username}，显示名称 ${displayName}，管辖区划 ${divisionCode}；已生成临时密码，首次登录须修改`,
    });
    await this.em.flush();
    return { account, temporaryPassword: password };
  }

  async update(id: string, version: number, input: UpdateAccountInput): Promise<Account> {
    const account = await this.load(id, Action.ACCOUNT_MANAGE, version);
    const changes: string[] = [];
    if (input.displayName != null) {
      const name = this.displayName(input.displayName);
      if (name !== account.displayName) changes.push(`显示名称：${account.displayName} → ${name}`);
      account.displayName = name;
    }
    let moved = false;
    if (input.divisionCode != null && input.divisionCode.trim() !== account.divisionCode) {
      if (account.id === this.principal.accountId) {
        throw accountError(
          AccountErrorCode.SELF_CHANGE_REFUSED,
          'divisionCode',
          '不能修改自己的管辖区划（会失去对其他账号的管理权限）',
        );
      }
      const code = await this.divisionCode(input.divisionCode);
      const problem = roleAssignmentProblem(account.roles, code);
      if (problem) throw accountInput('divisionCode', `${problem}：请先由安全管理员调整角色`);
      changes.push(`管辖区划：${account.divisionCode} → ${code}`);
      account.divisionCode = code;
      // the cadre record and grids belonged to the old place
      account.cadreId = null;
      account.gridIds = [];
      moved = true;
    }
    if (!changes.length) return account;
    this.audit.record({
      action: AuditAction.ACCOUNT_UPDATE,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason: '修改账号',
      detail: `${account.username}：${changes.join('；')}${moved ? '；已退出其全部会话' : ''}`,
    });
    await this.em.flush();
    if (moved) await this.endSessions(account.id);
    return account;
  }

  async setDisabled(id: string, disabled: boolean, version: number): Promise<Account> {
    const account = await this.load(id, Action.ACCOUNT_MANAGE, version);
    if (disabled && account.id === this.principal.accountId) {
      throw accountError(AccountErrorCode.SELF_CHANGE_REFUSED, 'id', '不能停用自己的账号');
    }
    if (account.disabled === disabled) return account;
    account.disabled = disabled;
    this.audit.record({
      action: disabled ? AuditAction.ACCOUNT_DISABLE : AuditAction.ACCOUNT_ENABLE,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason: disabled ? '停用账号' : '启用账号',
      detail: disabled ? `停用 ${account.username}，已退出其全部会话` : `重新启用 ${account.username}`,
    });
    await this.em.flush();
    if (disabled) await this.endSessions(account.id);
    return account;
  }

  async resetPassword(id: string): Promise<CreatedAccount> {
    const account = await this.load(id, Action.ACCOUNT_MANAGE);
    if (account.id === this.principal.accountId) {
      throw accountError(AccountErrorCode.SELF_CHANGE_REFUSED, 'id', '不能重置自己的密码，请使用“修改密码”');
    }
    const password = temporaryPassword(account.username);
    account.passwordHash = await hashPassword(password);
    account.mustChangePassword = true;
    this.audit.record({
      action: AuditAction.PASSWORD_RESET,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason: '重置密码',
      detail: `重置 ${account.username} 的密码：已生成临时密码，下次登录须修改；已退出其全部会话`,
    });
    await this.em.flush();
    await this.endSessions(account.id);
    return { account, temporaryPassword: password };
  }

  async assignRoles(id: string, version: number, roles: Role[]): Promise<Account> {
    const account = await this.load(id, Action.ROLE_ASSIGN, version);
    if (account.id === this.principal.accountId)
      throw accountError(AccountErrorCode.ROLES_INVALID, 'roles', '不能修改自己的角色');
    const wanted = [...new Set(roles)];
    const problem = roleAssignmentProblem(wanted, account.divisionCode);
    if (problem)
      throw accountError(
        AccountErrorCode.ROLES_INVALID,
        'roles',
        problem.includes('管辖区划') ? `${problem}：请先由系统管理员调整管辖区划` : problem,
      );
    const before = account.roles;
    if (before.length === wanted.length && before.every((r) => wanted.includes(r))) return account;
    account.roles = wanted;
    this.audit.record({
      action: AuditAction.ROLE_ASSIGN,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason: '分配角色',
      detail: `${account.username}：${roleNames(before)} → ${roleNames(wanted)}；已退出其全部会话`,
    });
    await this.em.flush();
    await this.endSessions(account.id);
    return account;
  }

  async unlock(id: string): Promise<Account> {
    const account = await this.load(id, Action.ACCOUNT_UNLOCK);
    const locked = account.lockedUntil && account.lockedUntil > new Date();
    account.lockedUntil = null;
    account.failedLogins = 0;
    this.audit.record({
      action: AuditAction.ACCOUNT_UNLOCK,
      subjectType: 'Account',
      subjectId: account.id,
      divisionCode: account.divisionCode,
      reason: '解锁账号',
      detail: locked ? `解锁 ${account.username}，失败次数清零` : `${account.username} 未锁定，失败次数清零`,
    });
    await this.em.flush();
    return account;
  }

  /** The account, checked: the action is the caller's and reaches the account's division; the version is current. */
  private async load(id: string, action: Action, version?: number): Promise<Account> {
    authorize(this.principal, action);
    if (!isUuid(id)) throw accountNotFound();
    const account = await this.em.findOne(Account, { id });
    if (!account || !can(this.principal, action, { divisionCode: account.divisionCode })) throw accountNotFound();
    if (version !== undefined && account.version !== version) throw staleAccount();
    return account;
  }

  private displayName(value: string): string {
    const name = value.trim();
    if (!name || [...name].length > DISPLAY_NAME_MAX)
      throw accountInput('displayName', `显示名称须为 1–${DISPLAY_NAME_MAX} 个字`);
    if (CONTROL.test(name)) throw accountInput('displayName', '显示名称不能包含控制字符');
    return name;
  }

  /** A division code that exists and lies inside the administrator's own division. */
  private async divisionCode(value: string): Promise<string> {
    const code = value.trim();
    if (!divisionLevel(code))
      throw accountInput('divisionCode', '区划代码应为 6 位（县）、9 位（乡镇）或 12 位（村）数字');
    if (!can(this.principal, Action.ACCOUNT_MANAGE, { divisionCode: code }))
      throw accountInput('divisionCode', `区划 ${code} 不在您的管辖范围内`);
    if (!(await this.em.count(Region, { code }))) throw accountInput('divisionCode', `区划 ${code} 不存在`);
    return code;
  }

  /** Ends every session of the account (its refresh tokens stop working at once). */
  private async endSessions(accountId: string): Promise<void> {
    await this.em
      .getConnection()
      .execute(
        `update session_family set revoked_at = now(), revoked_reason = '管理员变更账号' where account_id = ? and revoked_at is null`,
        [accountId],
      );
  }
}
