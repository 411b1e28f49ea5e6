import { describe, expect, it } from 'vitest';
import { birthDateOfIdCard, isValidIdCard, sexOfIdCard } from '../src/lib/id-card';

describe('ID number check (GB 11643)', () => {
  it('accepts a number with the right check character, a lower-case x included', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(isValidIdCard('11010519491231002x')).toBe(true);
    expect(isValidIdCard('110105194912310021')).toBe(false);
  });
  it('refuses a wrong length or an impossible birth date', () => {
    expect(isValidIdCard('1101051949123100')).toBe(false);
    expect(isValidIdCard('110105194902300020')).toBe(false);
    expect(birthDateOfIdCard('110105194902300020')).toBeNull();
  });
  it('reads the birth date and sex', () => {
    expect(birthDateOfIdCard('11010519491231002X')).toBe('1949-12-31');
    expect(sexOfIdCard('11010519491231002X')).toBe('FEMALE');
  });
});
