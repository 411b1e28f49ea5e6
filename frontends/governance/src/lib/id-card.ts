// 居民身份证号码 (GB 11643-1999): checked here as the server checks it, so a typo is caught at the field.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The number as the server stores it: no spaces, a lower-case x as X. */
export const normalizeIdCard = (raw: string): string => raw.replace(/\s/g, '').toUpperCase();

/** The birth date an ID number carries (YYYY-MM-DD), or null when it is no real date. */
export function birthDateOfIdCard(raw: string): string | null {
  const id = normalizeIdCard(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid =
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return valid && Number(y) >= 1900 ? `${y}-${m}-${d}` : null;
}

/** 18 characters, a real birth date, and the check character of GB 11643 (ISO 7064 MOD 11-2). */
export function isValidIdCard(raw: string): boolean {
  const id = normalizeIdCard(raw);
  if (!birthDateOfIdCard(id)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return CHECK_CHARS[sum % 11] === id[17];
}

/** The sex an ID number carries (17th digit: odd male, even female). */
export const sexOfIdCard = (raw: string): 'MALE' | 'FEMALE' =>
  Number(normalizeIdCard(raw)[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
