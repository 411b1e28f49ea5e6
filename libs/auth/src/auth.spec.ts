import { describe, expect, it } from 'vitest';
import { Role, TokenSigner, TokenVerifier, TokenError, generateSigningKeys, signBody, verifyBody, scopePrefix, divisionLevel, parentDivisionCode, JurisdictionError, bearerToken } from './index.js';
import type { Principal } from './index.js';

const principal: Principal = { accountId: 'a1', username: 'secretary_1', roles: [Role.VILLAGE_SECRETARY], divisionCode: '430999001001', gridIds: [], cadreId: null };

describe('access tokens', () => {
  it('round-trips the principal and rejects a token signed by another key', async () => {
    const keys = await generateSigningKeys();
    const signer = await TokenSigner.fromPem(keys.privateKeyPem);
    const { token, expiresAt } = await signer.sign(principal);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(await (await TokenVerifier.fromPem(keys.publicKeyPem)).verify(token)).toEqual(principal);
    const other = await TokenVerifier.fromPem((await generateSigningKeys()).publicKeyPem);
    await expect(other.verify(token)).rejects.toMatchObject({ reason: 'INVALID' });
  });
  it('carries "must change the password" in the token', async () => {
    const keys = await generateSigningKeys();
    const { token } = await (await TokenSigner.fromPem(keys.privateKeyPem)).sign({ ...principal, mustChangePassword: true });
    expect(await (await TokenVerifier.fromPem(keys.publicKeyPem)).verify(token)).toEqual({ ...principal, mustChangePassword: true });
  });
  it('reports an expired token as EXPIRED', async () => {
    const keys = await generateSigningKeys();
    const { token } = await (await TokenSigner.fromPem(keys.privateKeyPem)).sign(principal, -10);
    const err = await (await TokenVerifier.fromPem(keys.publicKeyPem)).verify(token).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenError);
    expect((err as TokenError).reason).toBe('EXPIRED');
  });
  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe('HMAC request signatures', () => {
  it('accepts the signed body and refuses a changed body, a wrong secret or an old timestamp', () => {
    const h = signBody('s3cret', '{"query":"{me{id}}"}', 1_000_000);
    const ts = h['x-xiangzhi-timestamp'];
    const sig = h['x-xiangzhi-signature'];
    expect(verifyBody('s3cret', '{"query":"{me{id}}"}', ts, sig, 1_000_000)).toBe(true);
    expect(verifyBody('s3cret', '{"query":"{me{id }}"}', ts, sig, 1_000_000)).toBe(false);
    expect(verifyBody('other', '{"query":"{me{id}}"}', ts, sig, 1_000_000)).toBe(false);
    expect(verifyBody('s3cret', '{"query":"{me{id}}"}', ts, sig, 1_000_000 + 6 * 60_000)).toBe(false);
    expect(verifyBody('s3cret', '{}', null, null)).toBe(false);
  });
});

describe('division codes and scoping', () => {
  it('knows the three levels and their parents', () => {
    expect(divisionLevel('430999')).toBe('COUNTY');
    expect(divisionLevel('430999001')).toBe('TOWNSHIP');
    expect(divisionLevel('430999001001')).toBe('VILLAGE');
    expect(divisionLevel('43099900')).toBeNull();
    expect(divisionLevel('43099a')).toBeNull();
    expect(parentDivisionCode('430999001001')).toBe('430999001');
    expect(parentDivisionCode('430999')).toBeNull();
  });
  it('limits a village secretary to the own village', () => {
    expect(scopePrefix(principal)).toBe('430999001001');
    expect(scopePrefix(principal, '430999001001')).toBe('430999001001');
    expect(() => scopePrefix(principal, '430999001002')).toThrow(JurisdictionError);
    expect(() => scopePrefix(principal, '430999')).toThrow(JurisdictionError);
    expect(scopePrefix({ divisionCode: '430999' }, '430999002003')).toBe('430999002003');
  });
});

describe('narrowScope and inLine', () => {
  it('intersects the requested region with the jurisdiction', async () => {
    const { narrowScope, inLine } = await import('./index.js');
    expect(narrowScope(principal, '430999001')).toBe('430999001001');
    expect(narrowScope(principal, null)).toBe('430999001001');
    expect(narrowScope({ divisionCode: '430999001' }, '430999001003')).toBe('430999001003');
    expect(() => narrowScope(principal, '430999002')).toThrow(JurisdictionError);
    expect(inLine(principal, '430999')).toBe(true);
    expect(inLine(principal, '430999002')).toBe(false);
  });
});
