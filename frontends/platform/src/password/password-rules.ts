/** The server's password rules (governance, account module), checked here to answer at once. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 64;
/** Of upper-case letters, lower-case letters, digits and symbols, at least this many kinds. */
export const PASSWORD_MIN_KINDS = 3;

export type PasswordProblem = 'length' | 'kinds' | 'username';

const KINDS: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** What is wrong with `password` for this user, in the order the rules are listed; [] when fine. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) problems.push('length');
  if (KINDS.filter((kind) => kind.test(password)).length < PASSWORD_MIN_KINDS) problems.push('kinds');
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) problems.push('username');
  return problems;
}
