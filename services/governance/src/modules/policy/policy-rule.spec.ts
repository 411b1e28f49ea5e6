import { describe, expect, it } from 'vitest';
import { AppError } from '@xiangzhi/subgraph-kit';
import { bornOnOrBefore, compileRule } from './policy-rule.compile.js';
import { isSensitive, parseRule } from './policy-rule.js';

const fail = (rule: unknown): AppError => {
  try {
    parseRule(rule);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('the rule was accepted');
};

describe('policy rule validation', () => {
  it('accepts a tree the editor builds and fills in missing bounds', () => {
    const rule = parseRule({
      type: 'ALL',
      conditions: [
        { type: 'MEMBER_AGE', min: 60 },
        { type: 'NOT', condition: { type: 'HAS_TAG', tag: 'DIBAO' } },
      ],
    });
    expect(rule).toEqual({
      type: 'ALL',
      conditions: [
        { type: 'MEMBER_AGE', min: 60, max: null },
        { type: 'NOT', condition: { type: 'HAS_TAG', tag: 'DIBAO' } },
      ],
    });
  });

  it.each([
    [{ type: 'ALL', conditions: [] }, 'rule.conditions', '至少需要一项'],
    [
      { type: 'ANY', conditions: [{ type: 'MEMBER_AGE', min: 70, max: 60 }] },
      'rule.conditions.0.max',
      '下限不能大于上限',
    ],
    [{ type: 'ALL', conditions: [{ type: 'HOUSEHOLD_SIZE' }] }, 'rule.conditions.0.min', '请至少填写下限或上限'],
    [{ type: 'HAS_TAG', tag: 'RICH' }, 'rule.tag', '取值不在可选范围内'],
    [{ type: 'ALL', conditions: [{ type: 'SHOE_SIZE' }] }, 'rule.conditions.0.type', '条件类型不正确'],
    [{ type: 'VILLAGE_IN', codes: ['4309'] }, 'rule.codes.0', '12 位'],
    [{ type: 'MEMBER_AGE', min: -1 }, 'rule.min', '不能小于 0'],
    [{ type: 'INCOME_BAND', bands: ['BELOW_10K'], extra: 1 }, 'rule', '不认识的字段'],
    ['all of them', 'rule', '类型不正确'],
  ])('refuses %j at %s', (rule, field, words) => {
    const e = fail(rule);
    expect(e.code).toBe('POLICY_RULE_INVALID');
    expect(e.field).toBe(field);
    expect(e.message).toContain(words);
  });

  it('limits nesting', () => {
    let rule: unknown = { type: 'HAS_TAG', tag: 'DIBAO' };
    for (let i = 0; i < 5; i++) rule = { type: 'NOT', condition: rule };
    expect(fail(rule).message).toContain('嵌套');
  });

  it('knows which rules look at sensitive facts', () => {
    expect(
      isSensitive(parseRule({ type: 'ANY', conditions: [{ type: 'HAS_TAG', tag: 'SERIOUS_ILLNESS_DISABILITY' }] })),
    ).toBe(true);
    expect(isSensitive(parseRule({ type: 'HAS_TAG', tag: 'EMPTY_NEST_ELDERLY' }))).toBe(false);
  });
});

describe('policy rule compiler', () => {
  it('counts ages as the register does, 29 February included', () => {
    expect(bornOnOrBefore('2026-12-02', 60)).toBe('1966-12-02');
    expect(bornOnOrBefore('2028-02-29', 18)).toBe('2010-02-28');
    expect(bornOnOrBefore('2028-02-29', 20)).toBe('2008-02-29');
  });

  it('writes one parameterised condition, values never in the text', () => {
    const c = compileRule(
      parseRule({
        type: 'ALL',
        conditions: [
          { type: 'MEMBER_AGE', min: 60, max: 79 },
          {
            type: 'ANY',
            conditions: [
              { type: 'HAS_TAG', tag: 'DIBAO' },
              { type: 'INCOME_BAND', bands: ['BELOW_10K'] },
            ],
          },
          { type: 'NOT', condition: { type: 'VILLAGE_IN', codes: ['430999001001', '430999001002'] } },
          { type: 'HOUSEHOLD_SIZE', min: 2 },
        ],
      }),
      '2026-12-02',
    );
    expect(c.sql).toBe(
      '((exists (select 1 from resident r where r.household_id = {h}.id and r.birth_date <= ? and r.birth_date > ?)) and ' +
        '((exists (select 1 from household_tag t where t.household_id = {h}.id and t.tag = ? and t.removed_at is null)) or ' +
        '({h}.income_band in (?))) and not ({h}.village_code in (?, ?)) and ({h}.member_count >= ?))',
    );
    expect(c.params).toEqual(['1966-12-02', '1946-12-02', 'DIBAO', 'BELOW_10K', '430999001001', '430999001002', 2]);
    expect(c.sql).not.toContain('DIBAO');
  });
});
