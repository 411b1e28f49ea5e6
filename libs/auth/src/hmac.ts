import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers the gateway adds to every upstream request; a subgraph rejects a request without them. */
export const SIGNATURE_HEADER = 'x-xiangzhi-signature';
export const TIMESTAMP_HEADER = 'x-xiangzhi-timestamp';
/** A signature older than this is refused, so a captured request cannot be replayed later. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

const digest = (secret: string, timestamp: string, body: string): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${body}`).digest('base64url');

export function signBody(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: digest(secret, timestamp, body) };
}

export function verifyBody(
  secret: string,
  body: string,
  timestamp: string | null | undefined,
  signature: string | null | undefined,
  now = Date.now(),
): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return false;
  const expected = Buffer.from(digest(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
