import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { TokenSigner } from '@xiangzhi/auth';
import type { RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { startSubgraphHarness, type HarnessOptions } from '@xiangzhi/testing/subgraph-harness';
import { FieldCrypto } from '../src/pii/field-crypto.js';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';

// Governance on libs/testing's one subgraph harness; only what governance adds is here (its crypto,
// the token signer in the context for logins, a fixed signing secret some tests sign with themselves).

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

export type GovernanceOptions = Pick<HarnessOptions, 'logDestination' | 'logLevel'>;

/** The governance subgraph on a fresh database and a free port, called over real HTTP. */
export async function startGovernance(options: GovernanceOptions = {}): Promise<Harness> {
  const crypto = new FieldCrypto(randomBytes(32));
  const h = await startSubgraphHarness(
    'governance',
    { entities, migrations, resolvers, referenceResolvers },
    { ...options, hmacSecret: HMAC_SECRET, contextExtras: (signer) => ({ signer, crypto }) },
  );
  return {
    subgraph: h.subgraph,
    signer: h.signer,
    crypto,
    statements: h.queries,
    publicKeyPem: h.publicKeyPem,
    async gql<T>(query: string, variables = {}, token?: string, opts: { unsigned?: boolean; client?: string } = {}) {
      return (await h.request<T>(query, variables, {
        token,
        signed: !opts.unsigned,
        client: opts.client,
      })) as GqlResult<T>;
    },
    stop: () => h.stop(),
  };
}
