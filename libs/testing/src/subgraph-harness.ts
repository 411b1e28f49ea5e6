import { randomBytes, randomUUID } from 'node:crypto';
import type { MigrationObject } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { DestinationStream } from 'pino';
import { CLIENT_HEADER, Role, TokenSigner, generateSigningKeys, signRequest, type Principal } from '@xiangzhi/auth';
import {
  startSubgraph,
  type GetRouteHandler,
  type PeerTarget,
  type ReferenceResolvers,
  type RunningSubgraph,
} from '@xiangzhi/subgraph-kit';
import { testDatabase } from './test-database.js';

/** What a subgraph is made of: each service's `src/schema.ts` exports exactly this. */
export interface SubgraphParts {
  entities: Function[];
  migrations: MigrationObject[];
  resolvers: NonEmptyArray<Function>;
  referenceResolvers: ReferenceResolvers;
  /** Unsigned GET routes by path prefix (governance's signed file links). */
  getRoutes?: Record<string, GetRouteHandler>;
  /** Request body limit when the subgraph takes uploads. */
  maxBodyBytes?: number;
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
    opts?: RequestOptions,
  ): Promise<GraphqlResult<T>>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  token?: string;
  /** false: no HMAC signature, as a caller that bypasses the gateway. */
  signed?: boolean;
  /** The caller's address as the gateway passes it on (signed). */
  client?: string;
}

export interface HarnessOptions {
  /** Merged into every request context; a function gets the harness's token signer (governance signs logins). */
  contextExtras?: Record<string, unknown> | ((signer: TokenSigner) => Record<string, unknown>);
  /** The gateway's signing secret; random unless given. */
  hmacSecret?: string;
  logDestination?: DestinationStream;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
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
  const hmacSecret = o.hmacSecret ?? randomBytes(24).toString('hex');
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
    contextExtras: typeof o.contextExtras === 'function' ? o.contextExtras(signer) : o.contextExtras,
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
    async request<T>(query: string, variables: Record<string, unknown> = {}, opts: RequestOptions = {}) {
      const body = JSON.stringify({ query, variables });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.client) headers[CLIENT_HEADER] = opts.client;
      if (opts.signed !== false) {
        Object.assign(
          headers,
          signRequest(hmacSecret, {
            method: 'POST',
            path: new URL(subgraph.url).pathname,
            authorization: headers.authorization,
            client: opts.client,
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

export interface PeerOptions {
  /** The peer subgraph (e.g. governance, asked about cadres): its parts and its own context. */
  name: string;
  parts: SubgraphParts;
  contextExtras?: (signer: TokenSigner) => Record<string, unknown>;
}

export interface PeerHarness extends SubgraphHarness {
  /** The peer subgraph: same keys and signing secret, its own database. */
  peer: RunningSubgraph;
  /** SQL statements the peer ran since the last reset (what the peer calls cost). */
  peerQueries: string[];
}

/**
 * A subgraph with a peer beside it (meetings and points ask governance about cadres), both on
 * fresh databases of the run's PostgreSQL, called over signed HTTP as in production.
 */
export async function startWithPeer(name: string, parts: SubgraphParts, peer: PeerOptions): Promise<PeerHarness> {
  // filled in once the peer runs: the object is shared with every request context
  const peers: Record<string, PeerTarget> = {};
  const h = await startSubgraphHarness(name, parts, { contextExtras: { peers } });
  const db = await testDatabase(`${name}_${peer.name}`);
  const peerQueries: string[] = [];
  const running = await startSubgraph({
    name: peer.name,
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: db.url,
      JWT_PUBLIC_KEY: h.publicKeyPem,
      GATEWAY_HMAC_SECRET: h.hmacSecret,
      LOG_LEVEL: 'silent',
    },
    ...peer.parts,
    contextExtras: peer.contextExtras?.(h.signer),
    onQuery: (sql) => peerQueries.push(sql),
  });
  peers[peer.name] = { url: running.url, secret: h.hmacSecret };
  return {
    ...h,
    peer: running,
    peerQueries,
    async stop() {
      await h.stop();
      await running.stop();
      await db.drop();
    },
  };
}
