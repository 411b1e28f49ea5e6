import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCrypto } from './field-crypto.js';
import { maskIdCard, parseIdCard } from './id-card.js';
import { maskPhone, normalisePhone } from './phone.js';

describe('GB 11643 ID numbers', () => {
  it('accepts the standard vector and normalises a lower-case x', () => {
    expect(parseIdCard('11010519491231002X')).toEqual({
      normalised: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'FEMALE',
    });
    expect(parseIdCard(' 11010519491231002x ')).toMatchObject({ normalised: '11010519491231002X' });
  });
  it('rejects every one-digit change of the valid number', () => {
    const valid = '11010519491231002X';
    for (let i = 0; i < 18; i++) {
      for (const c of '0123456789X') {
        if (c === valid[i] || (i < 17 && c === 'X')) continue;
        const changed = valid.slice(0, i) + c + valid.slice(i + 1);
        expect(parseIdCard(changed), changed).not.toHaveProperty('normalised');
      }
    }
  });
  it('says what is wrong', () => {
    expect(parseIdCard('1101051949123100')).toBe('FORMAT');
    expect(parseIdCard('110105194902300011')).toBe('BIRTH_DATE');
    expect(parseIdCard('110105203012310011', new Date('2026-01-01'))).toBe('BIRTH_DATE');
    expect(parseIdCard('110105194912310021')).toBe('CHECKSUM');
  });
  it('masks to the first and last four', () => {
    expect(maskIdCard('430124199001011234')).toBe('4301**********1234');
  });
});

describe('phones', () => {
  it('normalises and masks', () => {
    expect(normalisePhone('138 1234 5678')).toBe('13812345678');
    expect(normalisePhone('+8613812345678')).toBe('13812345678');
    expect(normalisePhone('0745-1234567')).toBe('07451234567');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('23812345678')).toBeNull();
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});

describe('field encryption', () => {
  const crypto = new FieldCrypto(randomBytes(32));
  it('round-trips, never repeats a ciphertext, and detects tampering', () => {
    const a = crypto.encrypt('11010519491231002X');
    const b = crypto.encrypt('11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('11010519491231002X');
    expect(crypto.decrypt(a)).toBe('11010519491231002X');
    const parts = a.split('.');
    parts[3] = Buffer.from('x' + Buffer.from(parts[3], 'base64url').toString('latin1')).toString('base64url');
    expect(() => crypto.decrypt(parts.join('.'))).toThrow();
  });
  it('gives the same blind index for the same value only, and differs across keys', () => {
    expect(crypto.blindIndex('13812345678')).toBe(crypto.blindIndex('13812345678'));
    expect(crypto.blindIndex('13812345678')).not.toBe(crypto.blindIndex('13812345679'));
    expect(new FieldCrypto(randomBytes(32)).blindIndex('13812345678')).not.toBe(crypto.blindIndex('13812345678'));
  });
});
