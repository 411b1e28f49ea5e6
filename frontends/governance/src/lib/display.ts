import type { Translate } from '@xiangzhi/platform';

/** Shown for a value the server withholds from this account (null): never 0, which would claim "none". */
export const WITHHELD = '—';

/** A count, or "—" when the account may not see it (e.g. special-group counts for a county department). */
export function countOrDash(value: number | null | undefined): number | string {
  return value ?? WITHHELD;
}

/** A resident's birth as the account may see it: the date, else the year and the age band (60-69 岁). */
export function birthOf(
  resident: { birthDate: string | null; birthYear: number | null; ageBand: string | null },
  t: Translate,
): string | null {
  if (resident.birthDate) return resident.birthDate;
  const parts = [
    resident.birthYear ? t('gov.resident.born', { year: resident.birthYear }) : null,
    resident.ageBand ? t('gov.resident.ageBand', { band: resident.ageBand }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('，') : null;
}
