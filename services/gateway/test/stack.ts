import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { generateSigningKeys, TokenSigner } from '@xiangzhi/auth';
import { startSubgraph, type PeerTarget, type RunningSubgraph, type SubgraphOptions } from '@xiangzhi/subgraph-kit';
import {
  DEMO_PASSWORD,
  generateDemoData,
  graphqlClient,
  testDatabase,
  type DemoDataset,
  type GraphqlClient,
  type TestDatabase,
} from '@xiangzhi/testing';
import * as governance from '@xiangzhi/governance-subgraph/schema';
import { loadDemo as loadGovernanceDemo } from '@xiangzhi/governance-subgraph/demo';
import { FieldCrypto } from '@xiangzhi/governance-subgraph/pii';
import * as meetings from '@xiangzhi/meetings-subgraph/schema';
import { loadDemo as loadMeetingsDemo } from '@xiangzhi/meetings-subgraph/demo';
import * as points from '@xiangzhi/points-subgraph/schema';
import { loadDemo as loadPointsDemo } from '@xiangzhi/points-subgraph/demo';
import { gatewayEnvSchema, type GatewayEnv } from '../src/env.js';
import { startGateway, type RunningGateway } from '../src/gateway.js';

export type ServiceName = 'governance' | 'meetings' | 'points';
export const ALL_SERVICES: readonly ServiceName[] = ['governance', 'meetings', 'points'];

/** The secret the gateway signs upstream requests with; every subgraph of the stack shares it. */
export const HMAC_SECRET = 'gateway-test-hmac-secret-0123456789';

type DemoEntityManager = ReturnType<RunningSubgraph['orm']['em']['fork']>;

/**
 * Secrets a service needs besides the shared keys: governance signs tokens and encrypts personal data;
 * meetings and points ask governance about cadres (`peers`, filled in once governance runs).
 */
interface Secrets {
  signer: TokenSigner;
  crypto: FieldCrypto;
  peers: Record<string, PeerTarget>;
}

/** What startSubgraph needs of a service (its src/schema.ts), and how it loads its part of the demo data. */
interface ServiceDefinition extends Pick<
  SubgraphOptions,
  'entities' | 'migrations' | 'resolvers' | 'referenceResolvers'
> {
  contextExtras?(secrets: Secrets): Record<string, unknown>;
  loadDemo(em: DemoEntityManager, data: DemoDataset, secrets: Secrets): Promise<void>;
}

const SERVICES: Record<ServiceName, ServiceDefinition> = {
  governance: {
    ...governance,
    contextExtras: ({ signer, crypto }) => ({ signer, crypto }),
    loadDemo: (em, data, { crypto }) => loadGovernanceDemo(em, data, crypto),
  },
  meetings: {
    ...meetings,
    contextExtras: ({ peers }) => ({ peers }),
    loadDemo: (em, data) => loadMeetingsDemo(em, data),
  },
  points: { ...points, contextExtras: ({ peers }) => ({ peers }), loadDemo: (em, data) => loadPointsDemo(em, data) },
};

interface Slot {
  db: TestDatabase;
  port: number;
  running: RunningSubgraph | null;
}

export interface Stack {
  /** The deterministic demo county every subgraph was loaded with: expected values come from here. */
  data: DemoDataset;
  /** Signs access tokens with the stack's key (for expired or hand-made tokens). */
  signer: TokenSigner;
  publicKeyPem: string;
  gateway: RunningGateway;
  /** An anonymous client of the gateway. */
  client: GraphqlClient;
  /** Logs in through the gateway (demo password) and returns a client carrying the token. */
  as(username: string): Promise<GraphqlClient>;
  /** The gateway's environment for these subgraphs, with overrides (e.g. a short COMPOSE_TIMEOUT_MS). */
  gatewayEnv(overrides?: Record<string, string>): GatewayEnv;
  /** Another gateway over the same subgraphs; the caller stops it. */
  startGateway(overrides?: Record<string, string>): Promise<RunningGateway>;
  subgraph(name: ServiceName): RunningSubgraph;
  /** Takes one subgraph off the network (its database stays). */
  stopSubgraph(name: ServiceName): Promise<void>;
  /** Brings a stopped subgraph back on the same port and database, as a restarted process would. */
  restartSubgraph(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export interface StackOptions {
  services?: readonly ServiceName[];
  gateway?: Record<string, string>;
}

const silent = pino({ level: 'silent' });

/**
 * The federation as it runs in production, in one process: each subgraph on a free port with
 * its own fresh database holding its part of the demo county, and the gateway composed over them.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const names = options.services ?? ALL_SERVICES;
  const data = generateDemoData();
  const keys = await generateSigningKeys();
  const signer = await TokenSigner.fromPem(keys.privateKeyPem);
  const secrets: Secrets = { signer, crypto: new FieldCrypto(randomBytes(32)), peers: {} };
  const slots = new Map<ServiceName, Slot>();

  const launch = (name: ServiceName, db: TestDatabase, port: number): Promise<RunningSubgraph> => {
    const def = SERVICES[name];
    return startSubgraph({
      name,
      env: {
        HOST: '127.0.0.1',
        PORT: port,
        DATABASE_URL: db.url,
        JWT_PUBLIC_KEY: keys.publicKeyPem,
        GATEWAY_HMAC_SECRET: HMAC_SECRET,
        LOG_LEVEL: 'silent',
      },
      entities: def.entities,
      migrations: def.migrations,
      resolvers: def.resolvers,
      referenceResolvers: def.referenceResolvers,
      contextExtras: def.contextExtras?.(secrets),
    });
  };

  const stopAll = async (): Promise<void> => {
    await Promise.all(
      [...slots.values()].map(async (slot) => {
        await slot.running?.stop();
        slot.running = null;
        await slot.db.drop();
      }),
    );
  };

  try {
    await Promise.all(
      names.map(async (name) => {
        const db = await testDatabase(`gw_${name}`);
        slots.set(name, { db, port: 0, running: null });
        const running = await launch(name, db, 0);
        slots.set(name, { db, port: running.port, running });
        // a restart keeps the port, so the URL holds for the whole run
        if (name === 'governance') secrets.peers.governance = { url: running.url, secret: HMAC_SECRET };
        await SERVICES[name].loadDemo(running.orm.em.fork(), data, secrets);
      }),
    );
  } catch (e) {
    await stopAll();
    throw e;
  }

  const slot = (name: ServiceName): Slot => {
    const found = slots.get(name);
    if (!found) throw new Error(`the stack has no ${name} subgraph`);
    return found;
  };

  const gatewayEnv = (overrides: Record<string, string> = {}): GatewayEnv =>
    gatewayEnvSchema.parse({
      PORT: '0',
      SUBGRAPHS: names.map((n) => `${n}=http://127.0.0.1:${slot(n).port}/graphql`).join(','),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: HMAC_SECRET,
      COMPOSE_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'silent',
      // the federation tests run under either query planner (GATEWAY_RUNTIME=router for Hive Router's)
      ...(process.env.GATEWAY_RUNTIME ? { GATEWAY_RUNTIME: process.env.GATEWAY_RUNTIME } : {}),
      ...options.gateway,
      ...overrides,
    });

  let gateway: RunningGateway;
  try {
    gateway = await startGateway(gatewayEnv(), silent);
  } catch (e) {
    await stopAll();
    throw e;
  }
  const client = graphqlClient(gateway.url);
  const tokens = new Map<string, string>();

  return {
    data,
    signer,
    publicKeyPem: keys.publicKeyPem,
    gateway,
    client,
    async as(username) {
      let token = tokens.get(username);
      if (!token) {
        const res = await client.request<{ login: { accessToken: string } }>(
          'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
          { u: username, p: DEMO_PASSWORD },
        );
        token = res.data?.login.accessToken;
        if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
        tokens.set(username, token);
      }
      return client.withToken(token);
    },
    gatewayEnv,
    startGateway: (overrides) => startGateway(gatewayEnv(overrides), silent),
    subgraph(name) {
      const running = slot(name).running;
      if (!running) throw new Error(`the ${name} subgraph is stopped`);
      return running;
    },
    async stopSubgraph(name) {
      const s = slot(name);
      await s.running?.stop();
      s.running = null;
    },
    async restartSubgraph(name) {
      const s = slot(name);
      if (!s.running) s.running = await launch(name, s.db, s.port);
    },
    async stop() {
      await gateway.stop();
      await stopAll();
    },
  };
}
