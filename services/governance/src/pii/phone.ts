/** Mainland mobile numbers (11 digits, 1[3-9]…) and landlines with area code (0xxx-xxxxxxx). */
export function normalisePhone(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (/^1[3-9]\d{9}$/.test(s)) return s;
  if (/^0\d{2,3}\d{7,8}$/.test(s)) return s;
  return null;
}

export const PHONE_MESSAGE = '手机号应为 11 位（如 13812345678），座机应带区号（如 0745-1234567）';

/** `138****5678`; landlines keep the area code and the last 4 digits. */
export function maskPhone(s: string): string {
  if (s.length === 11 && s.startsWith('1')) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  return `${s.slice(0, 4)}${'*'.repeat(Math.max(0, s.length - 8))}${s.slice(-4)}`;
}
