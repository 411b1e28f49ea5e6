import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import pino, { type Logger } from 'pino';
import { TokenVerifier } from '@xiangzhi/auth';
import { composeSupergraph } from './compose.js';
import { useTokenGate } from './auth-plugin.js';
import { useUpstreamSignature } from './hmac-plugin.js';
import { useQueryLimits } from './limits-plugin.js';
import { maskGatewayError } from './error-masking.js';
import type { GatewayEnv } from './env.js';

export interface RunningGateway { url: string; port: number; stop(): Promise<void> }

/** Composes the supergraph from the running subgraphs and serves it with auth, limits and signing. */
export async function startGateway(env: GatewayEnv, log: Logger = pino({ name: 'gateway', level: env.LOG_LEVEL })): Promise<RunningGateway> {
  const supergraph = await composeSupergraph(env.SUBGRAPHS, env.GATEWAY_HMAC_SECRET, env.COMPOSE_TIMEOUT_MS, log);
  const verifier = await TokenVerifier.fromPem(env.JWT_PUBLIC_KEY);
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    maskedErrors: { maskError: maskGatewayError(log) },
    landingPage: false,
    graphiql: false,
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    upstreamTimeout: env.UPSTREAM_TIMEOUT_MS,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const headers: Record<string, string> = {};
        const auth = request.headers.get('authorization');
        const requestId = request.headers.get('x-request-id');
        if (auth) headers.authorization = auth;
        if (requestId) headers['x-request-id'] = requestId;
        return headers;
      },
    },
    plugins: () => [
      useTokenGate(verifier),
      useUpstreamSignature(env.GATEWAY_HMAC_SECRET),
      ...useQueryLimits({ maxDepth: env.MAX_DEPTH, maxCost: env.MAX_COST }),
    ],
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${env.HOST}:${port}/graphql`;
  log.info({ url, subgraphs: env.SUBGRAPHS.map((s) => s.name) }, 'gateway ready');
  return {
    url,
    port,
    async stop() {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await gateway.dispose();
    },
  };
}
