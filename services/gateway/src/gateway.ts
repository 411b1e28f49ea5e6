import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Logger } from 'pino';
import { CLIENT_HEADER, TokenVerifier } from '@xiangzhi/auth';
import { createLogger } from '@xiangzhi/subgraph-kit/logger';
import { composeSupergraph } from './compose.js';
import { useTokenGate } from './auth-plugin.js';
import { useUpstreamSignature } from './hmac-plugin.js';
import { useQueryLimits } from './limits-plugin.js';
import { SESSION_HEADER, useRefreshCookie } from './session-cookie.js';
import { guardRequest } from './front-door.js';
import { proxyFile } from './file-proxy.js';
import { maskGatewayError } from './error-masking.js';
import { useResponseCompression } from './compression.js';
import type { GatewayEnv } from './env.js';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** Composes the supergraph from the running subgraphs and serves it with auth, limits and signing. */
export async function startGateway(
  env: GatewayEnv,
  log: Logger = createLogger('gateway', env.LOG_LEVEL),
): Promise<RunningGateway> {
  const supergraph = await composeSupergraph(env.SUBGRAPHS, env.GATEWAY_HMAC_SECRET, env.COMPOSE_TIMEOUT_MS, log);
  const verifier = await TokenVerifier.fromPem(env.JWT_PUBLIC_KEY);
  // Hive Router's Rust planner (a native addon) is loaded only when asked for
  const router = env.GATEWAY_RUNTIME === 'router' ? await import('@graphql-hive/router-runtime') : null;
  const gateway = createGatewayRuntime({
    supergraph,
    ...(router ? { unifiedGraphHandler: router.unifiedGraphHandler } : {}),
    logging: false,
    maskedErrors: { maskError: maskGatewayError(log) },
    landingPage: false,
    graphiql: false,
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    upstreamTimeout: env.UPSTREAM_TIMEOUT_MS,
    // same-origin pages need no CORS; another origin only when listed (no reflection of any Origin)
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !env.CORS_ORIGINS.includes(origin)) return false;
      return {
        origin: [origin],
        credentials: true,
        methods: ['POST'],
        maxAge: 600,
        allowedHeaders: ['content-type', 'authorization', 'x-request-id', SESSION_HEADER],
      };
    },
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const headers: Record<string, string> = {};
        for (const name of ['authorization', 'x-request-id', CLIENT_HEADER]) {
          const value = request.headers.get(name);
          if (value) headers[name] = value;
        }
        return headers;
      },
    },
    plugins: () => [
      ...useQueryLimits({
        maxDepth: env.MAX_DEPTH,
        maxCost: env.MAX_COST,
        maxAliases: env.MAX_ALIASES,
        maxTokens: env.MAX_TOKENS,
        maxDirectives: env.MAX_DIRECTIVES,
        maxQueryBytes: env.MAX_QUERY_BYTES,
      }),
      useTokenGate(verifier, env.INTROSPECTION),
      // before the cookie plugin, which then sets its cookies on the compressed answer
      useResponseCompression(),
      useRefreshCookie({ path: GRAPHQL_PATH, secure: env.COOKIE_SECURE }),
      useUpstreamSignature(env.GATEWAY_HMAC_SECRET),
    ],
  });
  const frontDoor = {
    graphqlPath: GRAPHQL_PATH,
    maxBodyBytes: env.MAX_BODY_BYTES,
    allowedOrigins: env.CORS_ORIGINS,
    trustedProxies: env.TRUSTED_PROXIES,
  };
  const governance = env.SUBGRAPHS.find((s) => s.name === 'governance')?.url;
  const server = createServer((req, res) => {
    if (proxyFile(req, res, governance)) return;
    if (!guardRequest(req, res, frontDoor)) void gateway(req, res);
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${env.HOST}:${port}${GRAPHQL_PATH}`;
  log.info({ url, subgraphs: env.SUBGRAPHS.map((s) => s.name) }, 'gateway ready');
  return {
    url,
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await gateway.dispose();
    },
  };
}
