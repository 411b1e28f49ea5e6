import type { DemoRandom } from './random.js';
import type { Sex } from './types.js';

/** Common surnames with their approximate share (‰) of the national population. */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 71],
  ['李', 70],
  ['张', 67],
  ['刘', 54],
  ['陈', 46],
  ['杨', 31],
  ['黄', 24],
  ['赵', 23],
  ['吴', 21],
  ['周', 20],
  ['徐', 16],
  ['孙', 15],
  ['马', 14],
  ['朱', 13],
  ['胡', 13],
  ['郭', 11],
  ['何', 11],
  ['林', 10],
  ['高', 10],
  ['罗', 10],
  ['郑', 9],
  ['梁', 8],
  ['谢', 8],
  ['宋', 7],
  ['唐', 7],
  ['许', 6],
  ['韩', 6],
  ['邓', 6],
  ['冯', 6],
  ['曹', 6],
  ['彭', 6],
  ['曾', 6],
  ['肖', 5],
  ['田', 5],
  ['董', 5],
  ['潘', 5],
  ['袁', 5],
  ['蔡', 5],
  ['蒋', 5],
  ['余', 5],
  ['于', 5],
  ['杜', 4],
  ['叶', 4],
  ['程', 4],
  ['魏', 4],
  ['苏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['卢', 4],
  ['姚', 3],
  ['沈', 3],
  ['钟', 3],
  ['姜', 3],
  ['崔', 3],
  ['谭', 3],
  ['陆', 3],
  ['范', 3],
  ['汪', 3],
  ['廖', 3],
  ['石', 3],
  ['金', 3],
  ['贾', 3],
  ['夏', 2],
  ['付', 2],
  ['方', 2],
  ['邹', 2],
  ['熊', 2],
  ['白', 2],
  ['孟', 2],
  ['秦', 2],
  ['邱', 2],
  ['侯', 2],
  ['江', 2],
  ['尹', 2],
  ['薛', 2],
  ['段', 2],
  ['雷', 2],
  ['龙', 2],
  ['黎', 2],
  ['史', 2],
  ['陶', 2],
  ['贺', 2],
  ['毛', 2],
  ['顾', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['覃', 2],
  ['易', 2],
  ['向', 1],
  ['舒', 1],
  ['戴', 1],
  ['严', 1],
  ['莫', 1],
  ['汤', 1],
];

/** Given-name characters by birth cohort and sex: names follow the fashions of their decade. */
const GIVEN: ReadonlyArray<{ until: number; MALE: string; FEMALE: string }> = [
  {
    until: 1959,
    MALE: '德明福贵春生金才国保永富发华清云山林兴海祥寿有根',
    FEMALE: '秀英兰桂珍玉凤翠花莲梅芝香娥淑菊群冬',
  },
  {
    until: 1979,
    MALE: '建国军华平伟强勇志红卫东明文斌春忠新辉峰刚成林宏',
    FEMALE: '丽红霞敏芳燕萍艳玲琴娟华英梅群春莉秀',
  },
  { until: 1999, MALE: '伟磊涛鹏杰超俊斌波浩军亮勇飞剑锋鑫帅辉刚龙阳', FEMALE: '静丽婷娟敏燕芳琳倩莉慧丹洁雪颖晶艳佳' },
  { until: 2009, MALE: '浩宇轩俊杰鑫涛博文豪阳凯翔磊晨宏', FEMALE: '欣怡婷雨佳琪雪思梦悦颖瑶蕊萱静' },
  { until: 9999, MALE: '子梓宇轩浩睿泽辰铭航博昊逸一恒晨', FEMALE: '梓涵诗雨欣可语萱若一汐悦琪芊彤沫' },
];

export class NameMaker {
  private readonly surnames: ReadonlyArray<readonly [string, number]>;

  /** `clans`: the village's dominant local surnames (聚族而居), each about 15% of households. */
  constructor(
    private readonly random: DemoRandom,
    clans: readonly string[] = [],
  ) {
    const base = SURNAMES.filter(([s]) => !clans.includes(s));
    const baseTotal = base.reduce((sum, [, w]) => sum + w, 0);
    const clanWeight = (baseTotal * 0.15) / Math.max(1, 1 - 0.15 * clans.length);
    this.surnames = [...clans.map((s) => [s, clanWeight] as const), ...base];
  }

  surname(): string {
    return this.random.weighted(this.surnames);
  }

  /** Another surname than `not` (spouses, daughters-in-law). */
  otherSurname(not: string): string {
    for (;;) {
      const s = this.surname();
      if (s !== not) return s;
    }
  }

  given(sex: Sex, birthYear: number): string {
    const chars = Array.from((GIVEN.find((g) => birthYear <= g.until) ?? GIVEN[GIVEN.length - 1]!)[sex]);
    const first = this.random.pick(chars);
    // single-character given names were common for the 1960s–1990s cohorts
    const single = birthYear >= 1960 && birthYear < 2000 ? 0.3 : 0.12;
    if (this.random.chance(single)) return first;
    let second = this.random.pick(chars);
    while (second === first) second = this.random.pick(chars);
    return first + second;
  }

  full(surname: string, sex: Sex, birthYear: number): string {
    return surname + this.given(sex, birthYear);
  }
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (for 组 numbers and grid names). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${DIGITS[n % 10]}`;
  return String(n);
}
