import { describe, expect, it } from 'vitest';
import { governancePeerEnvSchema, loadEnv, subgraphEnvSchema } from './env.js';

const base = {
  PORT: '4002',
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5433/x',
  JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----',
  GATEWAY_HMAC_SECRET: '0123456789abcdef0123',
};

describe('subgraph environment', () => {
  it('keeps 10 database connections unless DB_POOL_SIZE says otherwise, and refuses a size that is no count', () => {
    expect(loadEnv(subgraphEnvSchema, base).DB_POOL_SIZE).toBe(10);
    expect(loadEnv(subgraphEnvSchema, { ...base, DB_POOL_SIZE: '40' }).DB_POOL_SIZE).toBe(40);
    for (const bad of ['0', 'many', '2.5']) {
      expect(() => loadEnv(subgraphEnvSchema, { ...base, DB_POOL_SIZE: bad })).toThrow(/DB_POOL_SIZE/);
    }
  });
  it('asks the governance subgraph of npm start unless GOVERNANCE_URL says otherwise', () => {
    expect(loadEnv(governancePeerEnvSchema, base).GOVERNANCE_URL).toBe('http://127.0.0.1:4001/graphql');
    const other = { ...base, GOVERNANCE_URL: 'http://10.0.0.5:4001/graphql' };
    expect(loadEnv(governancePeerEnvSchema, other).GOVERNANCE_URL).toBe('http://10.0.0.5:4001/graphql');
  });
  it('refuses a GOVERNANCE_URL that is not a URL, naming it', () => {
    for (const bad of ['governance:4001', 'not a url']) {
      expect(() => loadEnv(governancePeerEnvSchema, { ...base, GOVERNANCE_URL: bad })).toThrow(/GOVERNANCE_URL/);
    }
  });
});
