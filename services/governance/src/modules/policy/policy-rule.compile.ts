import type { PolicyRule } from './policy-rule.js';

/** A parameterised SQL condition on one household row; `{h}` stands for the household table's alias. */
export interface CompiledRule {
  sql: string;
  params: unknown[];
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The last birth date of someone who is at least `years` old on `today` (YYYY-MM-DD): the same day
 * `years` earlier; 29 February falls back to the 28th in a common year (as the age is counted).
 */
export function bornOnOrBefore(today: string, years: number): string {
  const y = Number(today.slice(0, 4)) - years;
  const mmdd = today.slice(5) === '02-29' && !isLeap(y) ? '02-28' : today.slice(5);
  return `${String(y).padStart(4, '0')}-${mmdd}`;
}

function join(parts: CompiledRule[], op: 'and' | 'or'): CompiledRule {
  return { sql: `(${parts.map((p) => p.sql).join(` ${op} `)})`, params: parts.flatMap((p) => p.params) };
}

const list = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/**
 * The rule as one WHERE condition over household, resident and household_tag, so "every household
 * in scope that matches" is a single statement. Ages are counted on `today` (China's date).
 */
export function compileRule(rule: PolicyRule, today: string): CompiledRule {
  switch (rule.type) {
    case 'ALL':
      return join(
        rule.conditions.map((c) => compileRule(c, today)),
        'and',
      );
    case 'ANY':
      return join(
        rule.conditions.map((c) => compileRule(c, today)),
        'or',
      );
    case 'NOT': {
      const inner = compileRule(rule.condition, today);
      return { sql: `not ${inner.sql}`, params: inner.params };
    }
    case 'HAS_TAG':
      return {
        sql: '(exists (select 1 from household_tag t where t.household_id = {h}.id and t.tag = ? and t.removed_at is null))',
        params: [rule.tag],
      };
    case 'MEMBER_AGE': {
      const bounds: string[] = [];
      const params: unknown[] = [];
      if (rule.min != null) {
        bounds.push('r.birth_date <= ?');
        params.push(bornOnOrBefore(today, rule.min));
      }
      if (rule.max != null) {
        bounds.push('r.birth_date > ?');
        params.push(bornOnOrBefore(today, rule.max + 1));
      }
      return {
        sql: `(exists (select 1 from resident r where r.household_id = {h}.id and ${bounds.join(' and ')}))`,
        params,
      };
    }
    case 'HOUSEHOLD_SIZE': {
      const bounds: string[] = [];
      const params: unknown[] = [];
      if (rule.min != null) {
        bounds.push('{h}.member_count >= ?');
        params.push(rule.min);
      }
      if (rule.max != null) {
        bounds.push('{h}.member_count <= ?');
        params.push(rule.max);
      }
      return { sql: `(${bounds.join(' and ')})`, params };
    }
    case 'INCOME_BAND':
      return { sql: `({h}.income_band in (${list(rule.bands)}))`, params: [...rule.bands] };
    case 'VILLAGE_IN':
      return { sql: `({h}.village_code in (${list(rule.codes)}))`, params: [...rule.codes] };
  }
}

/** The compiled rule with the household alias filled in. */
export const ruleSql = (c: CompiledRule, alias: string): string => c.sql.replaceAll('{h}', alias);
