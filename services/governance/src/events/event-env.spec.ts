import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readEnv } from '../env.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5433/governance',
  JWT_PUBLIC_KEY: publicKey,
  JWT_PRIVATE_KEY: privateKey,
  GATEWAY_HMAC_SECRET: 'a-secret-of-enough-length',
  PII_MASTER_KEY: randomBytes(32).toString('base64'),
};

describe('EVENT_SUBSCRIBERS (where the relay delivers governance events)', () => {
  it('is read as name=url pairs; unset means none', () => {
    expect(readEnv({ ...base, EVENT_SUBSCRIBERS: 'points=http://127.0.0.1:4003/events' }).EVENT_SUBSCRIBERS).toEqual([
      { name: 'points', url: 'http://127.0.0.1:4003/events' },
    ]);
    expect(readEnv(base).EVENT_SUBSCRIBERS).toEqual([]);
    expect(readEnv(base).EVENT_RELAY_MAX_DELAY_MS).toBe(30_000);
  });
  it('stops the start with the reason in Chinese when an entry is malformed', () => {
    expect(() => readEnv({ ...base, EVENT_SUBSCRIBERS: 'points' })).toThrow(/EVENT_SUBSCRIBERS: 订阅方名称无效/);
    expect(() => readEnv({ ...base, EVENT_SUBSCRIBERS: 'points=ftp://x/events' })).toThrow(
      /EVENT_SUBSCRIBERS: .*http 或 https/,
    );
    expect(() => readEnv({ ...base, EVENT_RELAY_MAX_DELAY_MS: '5' })).toThrow(/EVENT_RELAY_MAX_DELAY_MS/);
  });
});
