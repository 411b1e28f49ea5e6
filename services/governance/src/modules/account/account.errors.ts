import { AppError, CommonErrorCode, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

export enum AccountErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  /** Too many login attempts for the username or from the address in the current minute. */
  RATE_LIMITED = 'RATE_LIMITED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  ROLES_INVALID = 'ROLES_INVALID',
  /** An administrator may not disable or reset the own account (they would lock themselves out). */
  SELF_CHANGE_REFUSED = 'SELF_CHANGE_REFUSED',
}

const MESSAGES: Record<AccountErrorCode, string> = {
  [AccountErrorCode.INVALID_CREDENTIALS]: '用户名或密码错误',
  [AccountErrorCode.INVALID_REFRESH_TOKEN]: '登录已失效，请重新登录',
  [AccountErrorCode.RATE_LIMITED]: '登录尝试过于频繁，请一分钟后再试',
  [AccountErrorCode.WEAK_PASSWORD]: '新密码不符合要求',
  [AccountErrorCode.ROLES_INVALID]: '角色组合无效',
  [AccountErrorCode.SELF_CHANGE_REFUSED]: '不能对自己的账号执行此操作',
};

export const accountError = (code: AccountErrorCode, field?: string, message?: string): AppError =>
  new AppError(code, message ?? MESSAGES[code], field);

/**
 * One answer whether the user exists, the password is wrong, the account is locked or disabled,
 * so a login form reveals nothing; it names the lockout rule in force.
 */
export const invalidCredentials = (maxFailed: number, lockMinutes: number): AppError =>
  accountError(
    AccountErrorCode.INVALID_CREDENTIALS,
    undefined,
    `用户名或密码错误（连续失败 ${maxFailed} 次将锁定 ${lockMinutes} 分钟）`,
  );

export const accountNotFound = (): AppError => entityNotFound('ACCOUNT', 'id', '账号不存在或不在您的管辖范围内');

export const staleAccount = (): AppError =>
  new AppError(CommonErrorCode.CONFLICT, '账号已被他人修改，请刷新后重试', 'version');

/** A bad value in this module's input: `ACCOUNT_<FIELD>_INVALID` with the field and the message. */
export const accountInput = invalidInput('ACCOUNT');

/** A security setting out of its range: `SECURITY_SETTING_<KEY>_INVALID` naming the setting. */
export const securitySettingInput = invalidInput('SECURITY_SETTING');
