import { randomBytes, randomUUID } from 'node:crypto';
import { Role, TokenSigner, generateSigningKeys, signBody, type Principal } from '@xiangzhi/auth';
import { startSubgraph, type RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { testDatabase } from '@xiangzhi/testing';
import { entities, migrations, referenceResolvers, resolvers } from '../../src/schema.js';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

export interface Harness {
  subgraph: RunningSubgraph;
  /** SQL statements seen since the last reset. */
  queries: string[];
  token(p: Principal): Promise<string>;
  /** A request as the gateway sends it: HMAC-signed, with the caller's token when given. */
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; signed?: boolean }): Promise<GraphqlResult<T>>;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // a fresh database on the run-wide PostgreSQL of the vitest globalSetup
  const db = await testDatabase('meetings');
  const keys = await generateSigningKeys();
  const signer = await TokenSigner.fromPem(keys.privateKeyPem);
  const secret = randomBytes(24).toString('hex');
  const queries: string[] = [];
  const subgraph = await startSubgraph({
    name: 'meetings',
    env: { HOST: '127.0.0.1', PORT: 0, DATABASE_URL: db.url, JWT_PUBLIC_KEY: keys.publicKeyPem, GATEWAY_HMAC_SECRET: secret, LOG_LEVEL: 'silent' },
    entities,
    migrations,
    resolvers,
    referenceResolvers,
    onQuery: (sql) => queries.push(sql),
  });
  return {
    subgraph,
    queries,
    token: async (p) => (await signer.sign(p)).token,
    async request<T>(query: string, variables: Record<string, unknown> = {}, opts: { token?: string; signed?: boolean } = {}) {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (opts.signed !== false) Object.assign(headers, signBody(secret, body));
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      const res = await fetch(subgraph.url, { method: 'POST', headers, body });
      return { status: res.status, ...((await res.json()) as Omit<GraphqlResult<T>, 'status'>) };
    },
    async stop() {
      await subgraph.stop();
      await db.drop();
    },
  };
}

/** A principal for tests: one role, one division. */
export const principal = (role: Role, divisionCode: string, extra: Partial<Principal> = {}): Principal => ({
  accountId: randomUUID(), username: `${role.toLowerCase()}_${divisionCode}`, roles: [role], divisionCode, gridIds: [], cadreId: null, ...extra,
});
