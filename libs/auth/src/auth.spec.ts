import { describe, expect, it } from 'vitest';
import {
  Role,
  TokenSigner,
  TokenVerifier,
  TokenError,
  generateSigningKeys,
  signRequest,
  verifyRequest,
  NonceRegistry,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  MAX_SKEW_MS,
  scopePrefix,
  divisionLevel,
  parentDivisionCode,
  JurisdictionError,
  bearerToken,
} from './index.js';
import type { Principal } from './index.js';

const principal: Principal = {
  accountId: 'a1',
  username: 'secretary_1',
  roles: [Role.VILLAGE_SECRETARY],
  divisionCode: '430999001001',
  gridIds: [],
  cadreId: null,
};

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
    const { token } = await (
      await TokenSigner.fromPem(keys.privateKeyPem)
    ).sign({ ...principal, mustChangePassword: true });
    expect(await (await TokenVerifier.fromPem(keys.publicKeyPem)).verify(token)).toEqual({
      ...principal,
      mustChangePassword: true,
    });
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

describe('gateway request signatures', () => {
  const request = {
    method: 'POST',
    path: '/graphql',
    authorization: 'Bearer abc.def',
    client: '203.0.113.7',
    body: '{"query":"{me{id}}"}',
  };
  const t0 = 1_000_000_000;

  it('accepts the signed request as sent', () => {
    const headers = signRequest('s3cret', request, t0);
    expect(Object.keys(headers).sort()).toEqual([NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER].sort());
    expect(verifyRequest('s3cret', request, headers, t0 + 1000)).toEqual({
      ok: true,
      nonce: headers[NONCE_HEADER],
      timestamp: t0,
    });
  });

  it.each([
    ['method', { method: 'GET' }],
    ['path', { path: '/events' }],
    ['Authorization header', { authorization: 'Bearer other.token' }],
    ['missing Authorization header', { authorization: null }],
    ['client address', { client: '198.51.100.1' }],
    ['body', { body: '{"query":"{me{id }}"}' }],
  ])('refuses the request with another %s', (_, change) => {
    const headers = signRequest('s3cret', request, t0);
    expect(verifyRequest('s3cret', { ...request, ...change }, headers, t0)).toEqual({ ok: false, reason: 'MISMATCH' });
  });

  it('refuses another secret, a changed nonce or timestamp, and missing headers', () => {
    const headers = signRequest('s3cret', request, t0);
    expect(verifyRequest('other', request, headers, t0)).toEqual({ ok: false, reason: 'MISMATCH' });
    expect(verifyRequest('s3cret', request, { ...headers, [NONCE_HEADER]: 'another-nonce-1234567' }, t0)).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifyRequest('s3cret', request, { ...headers, [TIMESTAMP_HEADER]: String(t0 + 1) }, t0)).toEqual({
      ok: false,
      reason: 'MISMATCH',
    });
    expect(verifyRequest('s3cret', request, { [TIMESTAMP_HEADER]: String(t0) }, t0)).toEqual({
      ok: false,
      reason: 'MISSING',
    });
    expect(verifyRequest('s3cret', request, { ...headers, [TIMESTAMP_HEADER]: '12e5' }, t0)).toEqual({
      ok: false,
      reason: 'MISSING',
    });
  });

  it('refuses a timestamp more than five minutes away, either way', () => {
    const headers = signRequest('s3cret', request, t0);
    expect(verifyRequest('s3cret', request, headers, t0 + MAX_SKEW_MS).ok).toBe(true);
    expect(verifyRequest('s3cret', request, headers, t0 + MAX_SKEW_MS + 1)).toEqual({ ok: false, reason: 'STALE' });
    expect(verifyRequest('s3cret', request, headers, t0 - MAX_SKEW_MS - 1)).toEqual({ ok: false, reason: 'STALE' });
  });

  it('gives every signature its own random nonce', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => signRequest('s3cret', request, t0)[NONCE_HEADER]));
    expect(nonces.size).toBe(100);
  });
});

describe('nonce registry', () => {
  const t0 = 1_000_000_000;
  it('accepts a nonce once within the window', () => {
    const seen = new NonceRegistry();
    expect(seen.firstUse('n1', t0, t0)).toBe(true);
    expect(seen.firstUse('n1', t0, t0 + 1000)).toBe(false);
    expect(seen.firstUse('n1', t0, t0 + MAX_SKEW_MS)).toBe(false);
    expect(seen.firstUse('n2', t0, t0 + 1000)).toBe(true);
  });
  it('forgets nonces whose timestamps have left the window, so memory stays bounded', () => {
    const seen = new NonceRegistry();
    for (let i = 0; i < 1000; i++) seen.firstUse(`old-${i}`, t0, t0);
    expect(seen.size).toBe(1000);
    const later = t0 + MAX_SKEW_MS + 1;
    expect(seen.firstUse('new', later, later)).toBe(true);
    expect(seen.size).toBe(1);
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
