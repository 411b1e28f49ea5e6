import { AppError } from '@xiangzhi/subgraph-kit';

export enum AccountErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
}

const MESSAGES: Record<AccountErrorCode, string> = {
  // One message whether the user exists or not, so a login form reveals nothing.
  // A locked account gets the same answer too.
  [AccountErrorCode.INVALID_CREDENTIALS]: '用户名或密码错误（连续失败 5 次将锁定 15 分钟）',
  [AccountErrorCode.INVALID_REFRESH_TOKEN]: '登录已失效，请重新登录',
};

export const accountError = (code: AccountErrorCode, field?: string): AppError => new AppError(code, MESSAGES[code], field);
