import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers the gateway adds to every upstream request; a subgraph refuses a request without them. */
export const SIGNATURE_HEADER = 'x-xiangzhi-signature';
export const TIMESTAMP_HEADER = 'x-xiangzhi-timestamp';
/** Random per request: a subgraph refuses a nonce it has already seen within the window. */
export const NONCE_HEADER = 'x-xiangzhi-nonce';
/** The caller's address as the gateway saw it (login throttling by address reads it); signed with the rest. */
export const CLIENT_HEADER = 'x-xiangzhi-client';
/** A signature further than this from the subgraph's clock is refused, so a capture goes stale. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

/** What a signature covers: everything a replayed or altered request could change that matters. */
export interface SignedRequest {
  method: string;
  /** The request target as the subgraph receives it: path and query string. */
  path: string;
  authorization?: string | null;
  client?: string | null;
  body: string;
}

export type SignatureCheck =
  { ok: true; nonce: string; timestamp: number } | { ok: false; reason: 'MISSING' | 'STALE' | 'MISMATCH' };

type HeaderValues = Readonly<Record<string, string | readonly string[] | null | undefined>>;

// Header values cannot hold a newline, so joining the parts with one is unambiguous.
const canonical = (r: SignedRequest, timestamp: string, nonce: string): string =>
  [
    'xiangzhi-v2',
    r.method.toUpperCase(),
    r.path,
    r.authorization ?? '',
    r.client ?? '',
    timestamp,
    nonce,
    createHash('sha256').update(r.body, 'utf8').digest('hex'),
  ].join('\n');

const digest = (secret: string, text: string): string => createHmac('sha256', secret).update(text).digest('base64url');

const first = (headers: HeaderValues, name: string): string | undefined => {
  const v = headers[name];
  return (typeof v === 'string' ? v : v?.[0]) ?? undefined;
};

/** The signature headers for one request; a fresh nonce every call. */
export function signRequest(secret: string, request: SignedRequest, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(18).toString('base64url');
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: digest(secret, canonical(request, timestamp, nonce)),
  };
}

/** Checks signature and freshness; whether the nonce was seen before is the caller's NonceRegistry's job. */
export function verifyRequest(
  secret: string,
  request: SignedRequest,
  headers: HeaderValues,
  now = Date.now(),
): SignatureCheck {
  const timestamp = first(headers, TIMESTAMP_HEADER);
  const nonce = first(headers, NONCE_HEADER);
  const signature = first(headers, SIGNATURE_HEADER);
  if (!timestamp || !/^\d{1,15}$/.test(timestamp) || !nonce || !/^[\w-]{16,64}$/.test(nonce) || !signature) {
    return { ok: false, reason: 'MISSING' };
  }
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return { ok: false, reason: 'STALE' };
  const expected = Buffer.from(digest(secret, canonical(request, timestamp, nonce)));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'MISMATCH' };
  return { ok: true, nonce, timestamp: Number(timestamp) };
}

/**
 * Nonces seen by this process, each kept until its timestamp leaves the window (after that the
 * timestamp alone refuses it). In memory: a replay is refused by the process that saw the original;
 * several replicas of one subgraph would need a shared store.
 */
export class NonceRegistry {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly windowMs = MAX_SKEW_MS) {}

  get size(): number {
    return this.expiries.size;
  }

  /** True the first time a nonce is offered within the window, false for a replay. */
  firstUse(nonce: string, timestamp: number, now = Date.now()): boolean {
    this.forgetExpired(now);
    if (this.expiries.has(nonce)) return false;
    this.expiries.set(nonce, timestamp + this.windowMs);
    return true;
  }

  // Insertion order is roughly expiry order (timestamps come from synchronised clocks), so the
  // oldest entries sit at the front; an occasional late one lingers until those before it go.
  private forgetExpired(now: number): void {
    for (const [nonce, expiry] of this.expiries) {
      if (expiry >= now) break;
      this.expiries.delete(nonce);
    }
  }
}
