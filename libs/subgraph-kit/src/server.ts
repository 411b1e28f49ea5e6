import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import {
  CLIENT_HEADER,
  NonceRegistry,
  TokenError,
  TokenVerifier,
  bearerToken,
  verifyRequest,
  type Principal,
} from '@xiangzhi/auth';
import { buildFederatedSchema, type ReferenceResolvers } from './schema.js';
import { createLogger } from './logger.js';
import { makeFormatError } from './errors.js';
import { inputGuardPlugin, inputLimitsOf } from './input-guard.js';
import { openOrm } from './orm.js';
import type { SubgraphContext } from './context.js';
import type { SubgraphEnv } from './env.js';

/** Default request body limit; a subgraph that takes file uploads (governance's Excel import) raises it. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>;
/** An unsigned GET route that checks its own request (e.g. a file URL signed for the browser). */
export type GetRouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface SubgraphOptions {
  name: string;
  env: Pick<SubgraphEnv, 'HOST' | 'PORT' | 'DATABASE_URL' | 'JWT_PUBLIC_KEY' | 'GATEWAY_HMAC_SECRET' | 'LOG_LEVEL'> &
    Partial<Pick<SubgraphEnv, 'DB_POOL_SIZE'>>;
  resolvers: NonEmptyArray<Function>;
  referenceResolvers?: ReferenceResolvers;
  orphanedTypes?: Function[];
  entities: Function[];
  migrations: MigrationObject[];
  /** Extra fields merged into every request context (e.g. the token signer of governance). */
  contextExtras?: Record<string, unknown>;
  /** Runs after migrations, before the port opens (e.g. loading demo data into an empty database). */
  beforeListen?: (orm: MikroORM, log: Logger) => Promise<void>;
  /** More signed POST routes, e.g. `/events`. */
  routes?: Record<string, RouteHandler>;
  /** GET routes by path prefix (`/files/`), reached through the gateway without its signature. */
  getRoutes?: Record<string, GetRouteHandler>;
  onQuery?: (sql: string) => void;
  installSignalHandlers?: boolean;
  logDestination?: import('pino').DestinationStream;
  /** Largest request body accepted (bytes); DEFAULT_MAX_BODY_BYTES unless given. */
  maxBodyBytes?: number;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  orm: MikroORM;
  schema: GraphQLSchema;
  log: Logger;
  stop(): Promise<void>;
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(payload));
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Boots one subgraph: ORM + migrations, federated schema, signed HTTP endpoint, health, shutdown. */
export async function startSubgraph(o: SubgraphOptions): Promise<RunningSubgraph> {
  const log = createLogger(o.name, o.env.LOG_LEVEL, o.logDestination);
  const orm = await openOrm({
    databaseUrl: o.env.DATABASE_URL,
    entities: o.entities,
    migrations: o.migrations,
    log,
    onQuery: o.onQuery,
    poolSize: o.env.DB_POOL_SIZE,
  });
  if (o.beforeListen) await o.beforeListen(orm, log);
  const schema = await buildFederatedSchema(o.resolvers, o.referenceResolvers, o.orphanedTypes);
  const verifier = await TokenVerifier.fromPem(o.env.JWT_PUBLIC_KEY);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    formatError: makeFormatError(log),
    includeStacktraceInErrorResponses: false,
    // stop() below owns shutdown; Apollo's own handlers would re-raise the signal and kill the process first
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      inputGuardPlugin(inputLimitsOf(schema)),
    ],
  });
  await apollo.start();

  async function principalOf(
    req: IncomingMessage,
  ): Promise<{ principal: Principal | null; tokenError: TokenError | null }> {
    const token = bearerToken(header(req, 'authorization'));
    if (!token) return { principal: null, tokenError: null };
    try {
      return { principal: await verifier.verify(token), tokenError: null };
    } catch (e) {
      return { principal: null, tokenError: e instanceof TokenError ? e : new TokenError('INVALID') };
    }
  }

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const requestId = header(req, 'x-request-id') ?? randomUUID();
    const { principal, tokenError } = await principalOf(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(res, 400, {
        errors: [{ message: '请求体不是合法的 JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => ({
        ...o.contextExtras,
        principal,
        tokenError,
        // forwarded on signed calls to another subgraph (peer.ts), so the owner scopes by the same caller
        authorization: header(req, 'authorization') ?? null,
        clientAddress: (header(req, CLIENT_HEADER) ?? req.socket.remoteAddress ?? '').trim().slice(0, 64) || null,
        em: orm.em.fork({ useContext: false }),
        log: log.child({ requestId }),
        requestId,
      }),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const routes: Record<string, RouteHandler> = { '/graphql': handleGraphql, ...o.routes };
  // Per process: a replay reaching another replica of the same subgraph is not caught (see NonceRegistry).
  const nonces = new NonceRegistry();

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/healthz') return sendJson(res, 200, { status: 'ok', service: o.name });
      if (req.method === 'GET' && path === '/readyz') {
        try {
          await orm.em.getConnection().execute('select 1');
          return sendJson(res, 200, { status: 'ready', service: o.name });
        } catch {
          return sendJson(res, 503, { status: 'database unavailable', service: o.name });
        }
      }
      const getRoute = Object.entries(o.getRoutes ?? {}).find(([prefix]) => path.startsWith(prefix))?.[1];
      if (getRoute && (req.method === 'GET' || req.method === 'HEAD')) return getRoute(req, res);
      const route = routes[path];
      if (!route) return sendJson(res, 404, { error: 'not found' });
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' });
      const raw = await readBody(req, o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
      // Only the gateway (or a holder of the shared secret) may call a subgraph, and each signed request only once.
      const signed = {
        method: req.method,
        path: req.url ?? '/',
        authorization: header(req, 'authorization'),
        client: header(req, CLIENT_HEADER),
        body: raw,
      };
      const check = verifyRequest(o.env.GATEWAY_HMAC_SECRET, signed, req.headers);
      if (!check.ok) {
        log.warn({ path, remote: req.socket.remoteAddress, reason: check.reason }, 'rejected unsigned request');
        return sendJson(res, 401, {
          errors: [{ message: '请求签名无效，只接受经网关转发的请求', extensions: { code: 'INVALID_SIGNATURE' } }],
        });
      }
      if (!nonces.firstUse(check.nonce, check.timestamp)) {
        log.warn({ path, remote: req.socket.remoteAddress }, 'rejected replayed request');
        return sendJson(res, 401, {
          errors: [{ message: '该请求已处理过，拒绝重放', extensions: { code: 'REPLAYED_REQUEST' } }],
        });
      }
      await route(req, res, raw);
    })().catch((err: unknown) => {
      log.error({ err }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  await new Promise<void>((resolve) => server.listen(o.env.PORT, o.env.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${o.env.HOST}:${port}/graphql`;
  log.info({ url }, `${o.name} subgraph ready`);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await orm.close(true);
      log.info(`${o.name} subgraph stopped`);
    })();
    return stopping;
  };
  if (o.installSignalHandlers) {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      process.once(sig, () => {
        void stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  }
  return { url, port, orm, schema, log, stop };
}
