import { randomInt } from 'node:crypto';
import { AccountErrorCode, accountError } from './account.errors.js';
import type { AppError } from '@xiangzhi/subgraph-kit';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 64;

const CLASSES: [RegExp, string][] = [
  [/[A-Z]/, '大写字母'],
  [/[a-z]/, '小写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '符号'],
];

/** The rule as users read it, shown with every refusal. */
export const PASSWORD_RULE = `${PASSWORD_MIN}–${PASSWORD_MAX} 位，至少包含大写字母、小写字母、数字、符号中的三类，不能包含用户名，不能与当前密码相同`;

/**
 * Why a new password is refused, or null when it is acceptable: 10–64 characters, at least three
 * of upper case, lower case, digits and symbols, no control characters, not containing the
 * username. (Equality with the current password needs the hash: the caller checks it.)
 */
export function passwordProblem(password: string, username: string): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN || chars.length > PASSWORD_MAX)
    return `密码长度须为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(password)) return '密码不能包含控制字符';
  if (CLASSES.filter(([re]) => re.test(password)).length < 3)
    return '密码须至少包含大写字母、小写字母、数字、符号中的三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** WEAK_PASSWORD naming the field, with the reason and the whole rule. */
export const weakPassword = (reason: string, field = 'newPassword'): AppError =>
  accountError(AccountErrorCode.WEAK_PASSWORD, field, `${reason}（要求：${PASSWORD_RULE}）`);

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=?!';

/** A temporary password (16 characters, every class, no look-alike characters), shown to the administrator once. */
export function temporaryPassword(username: string): string {
  const pick = (set: string): string => set[randomInt(set.length)]!;
  for (;;) {
    const all = UPPER + LOWER + DIGITS + SYMBOLS;
    const chars = [
      pick(UPPER),
      pick(LOWER),
      pick(DIGITS),
      pick(SYMBOLS),
      ...Array.from({ length: 12 }, () => pick(all)),
    ];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (!passwordProblem(password, username)) return password;
  }
}
