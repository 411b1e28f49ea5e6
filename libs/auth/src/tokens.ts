import { SignJWT, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, jwtVerify, errors } from 'jose';
import type { CryptoKey, KeyObject } from 'jose';
import { Principal } from './principal.js';
import { Role } from './roles.js';

const ALG = 'EdDSA';
const ISSUER = 'xiangzhi';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

type Key = CryptoKey | KeyObject;

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh Ed25519 key pair as PEM, for dev (.data/keys) and tests. */
export async function generateSigningKeys(): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

export class TokenSigner {
  private constructor(private readonly key: Key) {}
  static async fromPem(privateKeyPem: string): Promise<TokenSigner> {
    return new TokenSigner(await importPKCS8(privateKeyPem, ALG));
  }
  /** Signs an access token; returns it with its expiry. */
  async sign(p: Principal, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + ttlSeconds;
    const claims = {
      usr: p.username,
      rol: p.roles,
      div: p.divisionCode,
      grd: p.gridIds,
      cdr: p.cadreId,
      ...(p.mustChangePassword ? { pwd: 1 } : {}),
    };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALG })
      .setIssuer(ISSUER)
      .setSubject(p.accountId)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }
}

export type VerifyFailure = 'EXPIRED' | 'INVALID';
export class TokenError extends Error {
  constructor(readonly reason: VerifyFailure) {
    super(reason === 'EXPIRED' ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录');
    this.name = 'TokenError';
  }
}

const ROLES = new Set<string>(Object.values(Role));

export class TokenVerifier {
  private constructor(private readonly key: Key) {}
  static async fromPem(publicKeyPem: string): Promise<TokenVerifier> {
    return new TokenVerifier(await importSPKI(publicKeyPem, ALG));
  }
  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: [ALG] });
      const roles = Array.isArray(payload.rol)
        ? payload.rol.filter((r): r is Role => typeof r === 'string' && ROLES.has(r))
        : [];
      if (typeof payload.sub !== 'string' || typeof payload.div !== 'string') throw new TokenError('INVALID');
      return {
        accountId: payload.sub,
        username: typeof payload.usr === 'string' ? payload.usr : '',
        roles,
        divisionCode: payload.div,
        gridIds: Array.isArray(payload.grd) ? payload.grd.filter((g): g is string => typeof g === 'string') : [],
        cadreId: typeof payload.cdr === 'string' ? payload.cdr : null,
        ...(payload.pwd === 1 ? { mustChangePassword: true } : {}),
      };
    } catch (e) {
      if (e instanceof TokenError) throw e;
      if (e instanceof errors.JWTExpired) throw new TokenError('EXPIRED');
      throw new TokenError('INVALID');
    }
  }
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1] : null;
}
