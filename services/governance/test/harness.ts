import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { FieldCrypto } from '../src/pii/field-crypto.js';
import { CLIENT_HEADER, generateSigningKeys, signRequest, TokenSigner } from '@xiangzhi/auth';
import { startSubgraph, type RunningSubgraph, type SubgraphOptions } from '@xiangzhi/subgraph-kit';
import { testDatabase } from '@xiangzhi/testing';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';

export const HMAC_SECRET = 'test-hmac-secret-0123456789';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface Harness {
  subgraph: RunningSubgraph;
  signer: TokenSigner;
  crypto: FieldCrypto;
  publicKeyPem: string;
  /** SQL statements seen since the last reset. */
  statements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    opts?: { unsigned?: boolean; client?: string },
  ): Promise<GqlResult<T>>;
  stop(): Promise<void>;
}

export interface GovernanceOptions {
  /** Where the subgraph's pino log lines go (e.g. a stream that keeps them, to search them). */
  logDestination?: import('pino').DestinationStream;
  /** pino level; `silent` unless given. */
  logLevel?: SubgraphOptions['env']['LOG_LEVEL'];
}

/** The governance subgraph on a fresh database and a free port, called over real HTTP. */
export async function startGovernance(options: GovernanceOptions = {}): Promise<Harness> {
  const db = await testDatabase('governance');
  const keys = await generateSigningKeys();
  const signer = await TokenSigner.fromPem(keys.privateKeyPem);
  const statements: string[] = [];
  const crypto = new FieldCrypto(randomBytes(32));
  const subgraph = await startSubgraph({
    name: 'governance',
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: db.url,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: HMAC_SECRET,
      LOG_LEVEL: options.logLevel ?? 'silent',
    },
    entities,
    migrations,
    resolvers,
    referenceResolvers,
    contextExtras: { signer, crypto },
    onQuery: (sql) => statements.push(sql),
    logDestination: options.logDestination,
  });
  return {
    subgraph,
    signer,
    crypto,
    statements,
    publicKeyPem: keys.publicKeyPem,
    async gql(query, variables = {}, token, opts = {}) {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      // the caller's address as the gateway passes it on (signed)
      if (opts.client) headers[CLIENT_HEADER] = opts.client;
      if (!opts.unsigned) {
        Object.assign(
          headers,
          signRequest(HMAC_SECRET, {
            method: 'POST',
            path: '/graphql',
            authorization: headers.authorization,
            client: opts.client,
            body,
          }),
        );
      }
      const res = await fetch(subgraph.url, { method: 'POST', headers, body });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stop() {
      await subgraph.stop();
      await db.drop();
    },
  };
}
