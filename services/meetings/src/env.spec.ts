import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5433/x',
  JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----',
  GATEWAY_HMAC_SECRET: '0123456789abcdef0123',
};

describe('env', () => {
  it('asks the governance subgraph of npm start unless GOVERNANCE_URL says otherwise', () => {
    expect(readEnv(base).GOVERNANCE_URL).toBe('http://127.0.0.1:4001/graphql');
    expect(readEnv({ ...base, GOVERNANCE_URL: 'http://10.0.0.5:4001/graphql' }).GOVERNANCE_URL).toBe(
      'http://10.0.0.5:4001/graphql',
    );
  });
  it('refuses a GOVERNANCE_URL that is not a URL, naming it', () => {
    expect(() => readEnv({ ...base, GOVERNANCE_URL: 'governance:4001' })).toThrow(/GOVERNANCE_URL/);
    expect(() => readEnv({ ...base, GOVERNANCE_URL: 'not a url' })).toThrow(/GOVERNANCE_URL/);
  });
});
