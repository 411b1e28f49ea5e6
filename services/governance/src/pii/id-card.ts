/** GB 11643-1999 citizen identity numbers: 17 digits, a weighted check character, a real birth date. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCardProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

export interface IdCardInfo {
  normalised: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/** Trims, upper-cases a trailing x, and checks format, birth date and checksum. */
export function parseIdCard(raw: string, today = new Date()): IdCardInfo | IdCardProblem {
  const s = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return 'FORMAT';
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    date > today
  )
    return 'BIRTH_DATE';
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  if (CHECK[sum % 11] !== s[17]) return 'CHECKSUM';
  return {
    normalised: s,
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    sex: Number(s[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

export const ID_CARD_MESSAGES: Record<IdCardProblem, string> = {
  FORMAT: '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X',
  BIRTH_DATE: '身份证号中的出生日期无效',
  CHECKSUM: '身份证号校验位不正确，请核对',
};

/** `4301**********1234`: the first 4 and last 4 characters, never more. */
export const maskIdCard = (s: string): string =>
  `${s.slice(0, 4)}${'*'.repeat(Math.max(0, s.length - 8))}${s.slice(-4)}`;
