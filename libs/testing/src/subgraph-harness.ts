import { randomBytes, randomUUID } from 'node:crypto';
import type { MigrationObject } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { DestinationStream } from 'pino';
import { Role, TokenSigner, generateSigningKeys, signRequest, type Principal } from '@xiangzhi/auth';
import { startSubgraph, type ReferenceResolvers, type RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { testDatabase } from './test-database.js';

/** What a subgraph is made of: each service's `src/schema.ts` exports exactly this. */
export interface SubgraphParts {
  entities: Function[];
  migrations: MigrationObject[];
  resolvers: NonEmptyArray<Function>;
  referenceResolvers: ReferenceResolvers;
}

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

export interface SubgraphHarness {
  subgraph: RunningSubgraph;
  signer: TokenSigner;
  publicKeyPem: string;
  hmacSecret: string;
  /** SQL statements seen since the last reset (empty it to count a request's statements). */
  queries: string[];
  token(p: Principal): Promise<string>;
  /** A request as the gateway sends it: HMAC-signed, with the caller's token when given. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; signed?: boolean },
  ): Promise<GraphqlResult<T>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  contextExtras?: Record<string, unknown>;
  logDestination?: DestinationStream;
  logLevel?: 'silent' | 'info' | 'debug';
}

/** One subgraph on a fresh database of the run's PostgreSQL and a free port, called over real HTTP. */
export async function startSubgraphHarness(
  name: string,
  parts: SubgraphParts,
  o: HarnessOptions = {},
): Promise<SubgraphHarness> {
  const db = await testDatabase(name);
  const keys = await generateSigningKeys();
  const signer = await TokenSigner.fromPem(keys.privateKeyPem);
  const hmacSecret = randomBytes(24).toString('hex');
  const queries: string[] = [];
  const subgraph = await startSubgraph({
    name,
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: db.url,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: hmacSecret,
      LOG_LEVEL: o.logLevel ?? 'silent',
    },
    ...parts,
    contextExtras: o.contextExtras,
    logDestination: o.logDestination,
    onQuery: (sql) => queries.push(sql),
  });
  return {
    subgraph,
    signer,
    publicKeyPem: keys.publicKeyPem,
    hmacSecret,
    queries,
    token: async (p) => (await signer.sign(p)).token,
    async request<T>(
      query: string,
      variables: Record<string, unknown> = {},
      opts: { token?: string; signed?: boolean } = {},
    ) {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.signed !== false) {
        Object.assign(
          headers,
          signRequest(hmacSecret, {
            method: 'POST',
            path: new URL(subgraph.url).pathname,
            authorization: headers.authorization,
            body,
          }),
        );
      }
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
export const testPrincipal = (role: Role, divisionCode: string, extra: Partial<Principal> = {}): Principal => ({
  accountId: randomUUID(),
  username: `${role.toLowerCase()}_${divisionCode}`,
  roles: [role],
  divisionCode,
  gridIds: [],
  cadreId: null,
  ...extra,
});
