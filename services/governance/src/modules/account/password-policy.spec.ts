import { describe, expect, it } from 'vitest';
import { passwordProblem, temporaryPassword } from './password-policy.js';

describe('password rules', () => {
  it('asks for 10–64 characters of at least three kinds, without the username', () => {
    expect(passwordProblem('Abc@12345', 'sec_a1')).toMatch(/长度/);
    expect(passwordProblem('Abc@1'.repeat(13), 'sec_a1')).toMatch(/长度/);
    expect(passwordProblem('abcdefghijk1', 'sec_a1')).toMatch(/三类/);
    expect(passwordProblem('Xsec_A1@2026pw', 'sec_a1')).toMatch(/用户名/);
    expect(passwordProblem('Good\u0000Pass12', 'sec_a1')).toMatch(/控制字符/);
    expect(passwordProblem('abcdefgh12@@', 'sec_a1')).toBeNull();
    expect(passwordProblem('Xiangzhi@2026', 'county_admin')).toBeNull();
    expect(passwordProblem('密码很长Abc12345', 'u')).toBeNull();
  });
  it('generates temporary passwords that meet the rules and differ each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = temporaryPassword('abc');
      expect(passwordProblem(p, 'abc'), p).toBeNull();
      expect(p).toHaveLength(16);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
