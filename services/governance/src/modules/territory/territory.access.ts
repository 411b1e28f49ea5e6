import { AccessDeniedError, Action, can, type Principal } from '@xiangzhi/auth';

/** What the 三员 read when they ask for business data: they administer the system, not the register. */
export const SEPARATE_DUTY_REFUSAL = '系统管理员、安全管理员和安全审计员不能查看或修改业务数据（三员分立）';
export const READ_ONLY_REFUSAL = '只读账号不能修改数据';

/** True when the caller holds no business grant at all (the 三员): not even the counts dashboards see. */
export const holdsNoBusinessGrant = (p: Principal): boolean => !can(p, Action.AGGREGATE_READ);

/**
 * The refusal a user reads for `action`: the 三员 are told why they never see business data,
 * read-only callers (county departments, dashboards) that they cannot write, others `message`.
 */
export function refusal(p: Principal, action: Action, message?: string, write = false): AccessDeniedError {
  if (holdsNoBusinessGrant(p)) return new AccessDeniedError(action, SEPARATE_DUTY_REFUSAL);
  if (write && !can(p, Action.REGISTER_WRITE)) return new AccessDeniedError(action, READ_ONLY_REFUSAL);
  return new AccessDeniedError(action, message);
}

/** Throws (FORBIDDEN) unless the caller may do `action` somewhere; the service then scopes the target. */
export function requireAction(p: Principal, action: Action, message?: string): void {
  if (!can(p, action)) throw refusal(p, action, message);
}

/** As requireAction, for a write: read-only callers are told they only read. */
export function requireWrite(p: Principal, action: Action, message?: string): void {
  if (!can(p, action)) throw refusal(p, action, message, true);
}

/**
 * The caller may do `action` (a write) and `divisionCode` lies inside the caller's jurisdiction;
 * `what` names the change in the Chinese refusal.
 */
export function assertManages(principal: Principal, divisionCode: string, action: Action, what: string): void {
  requireWrite(principal, action, `您的角色不能${what}`);
  if (!can(principal, action, { divisionCode }))
    throw new AccessDeniedError(action, `区划 ${divisionCode} 不在您的管辖范围内，不能${what}`);
}
