const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 二十 → 20, 三十五 → 35, 七 → 7 (the numerals of group and grid names). */
function chineseNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return [...s].reduce((n, c) => n * 10 + (DIGITS[c] ?? 0), 0);
  const tens = ten === 0 ? 1 : (DIGITS[s[ten - 1]] ?? 1);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s[ten + 1]] ?? 0);
  return tens * 10 + ones;
}

/** A sort key where every number, Arabic or Chinese, compares by value: 三组 < 十组, 第2网格 < 第10网格. */
function naturalKey(name: string): string {
  return name.replace(/[0-9]+|[零〇一二两三四五六七八九十]+/g, (m) =>
    String(/\d/.test(m) ? Number(m) : chineseNumber(m)).padStart(6, '0'),
  );
}

/** Compares names as people read them (一组, 二组 … 十组), then by the zh-CN collation. */
export const compareNames = (a: string, b: string): number => {
  const ka = naturalKey(a);
  const kb = naturalKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : a.localeCompare(b, 'zh-CN');
};
