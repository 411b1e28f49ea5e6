import { describe, expect, it } from 'vitest';
import { PLATFORM_MESSAGES } from '../src/i18n/platform-messages';
import { passwordProblems } from '../src/password/password-rules';

describe('password rules (10–64 characters, 3 kinds, not the username)', () => {
  it('accepts a password that keeps every rule', () => {
    expect(passwordProblems('Qingshan#2026', 'zhang_san')).toEqual([]);
    expect(passwordProblems('qingshan#2026x', 'zhang_san')).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(passwordProblems('Ab1#', 'u1')).toEqual(['length']);
    expect(passwordProblems('abcdefghijkl', 'u1')).toEqual(['kinds']);
    expect(passwordProblems(`Aa1#${'x'.repeat(61)}`, 'u1')).toEqual(['length']);
    expect(passwordProblems('Zhang_San#2026', 'zhang_san')).toEqual(['username']);
    expect(passwordProblems('password', 'password')).toEqual(['length', 'kinds', 'username']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('乡治乡治乡治乡治Aa1', 'u1')).toEqual([]);
  });

  it('explains every rule in Chinese and English', () => {
    for (const problem of ['length', 'kinds', 'username']) {
      expect(PLATFORM_MESSAGES['zh-CN']?.[`password.error.${problem}`]).toMatch(/[\u4e00-\u9fff]/);
      expect(PLATFORM_MESSAGES['en-US']?.[`password.error.${problem}`]).toMatch(/[a-z]/);
    }
  });
});
