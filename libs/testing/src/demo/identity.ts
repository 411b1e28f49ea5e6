import type { DemoRandom } from './random.js';
import type { Sex } from './types.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('17 digits expected');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11]!;
}

/** Neighbouring county codes, for spouses who married in from elsewhere. */
const NEIGHBOUR_COUNTIES = ['430921', '430922', '430923', '431121', '433123'] as const;

/**
 * Hands out GB 11643 numbers: a county code, the birth date, a 3-digit sequence whose last
 * digit is odd for men and even for women, and the check character. Never the same twice.
 */
export class IdCardMaker {
  private readonly used = new Set<string>();

  constructor(
    private readonly random: DemoRandom,
    private readonly county: string,
  ) {}

  make(birthDate: string, sex: Sex, marriedIn = false): string {
    const county = marriedIn && this.random.chance(0.4) ? this.random.pick(NEIGHBOUR_COUNTIES) : this.county;
    const date = birthDate.replaceAll('-', '');
    for (;;) {
      const seq = this.random.int(0, 499) * 2 + (sex === 'MALE' ? 1 : 0);
      const first17 = `${county}${date}${String(seq).padStart(3, '0')}`;
      if (this.used.has(first17)) continue;
      this.used.add(first17);
      return first17 + idCardCheckChar(first17);
    }
  }
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '199',
] as const;

/** Unique mainland mobile numbers (11 digits, 1[3-9]…). */
export class PhoneMaker {
  private readonly used = new Set<string>();

  constructor(private readonly random: DemoRandom) {}

  make(): string {
    for (;;) {
      const phone = this.random.pick(MOBILE_PREFIXES) + String(this.random.int(0, 99_999_999)).padStart(8, '0');
      if (this.used.has(phone)) continue;
      this.used.add(phone);
      return phone;
    }
  }
}
