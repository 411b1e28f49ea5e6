import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenSigner } from '@xiangzhi/auth';
import { FILE_ROUTE, FileAccess, FolderStorage, type RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { startSubgraphHarness, type HarnessOptions } from '@xiangzhi/testing/subgraph-harness';
import { FieldCrypto } from '../src/pii/field-crypto.js';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { MAX_BODY_BYTES } from '../src/modules/register-import/index.js';

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
  /** Uploaded photos: a fresh folder per harness. */
  files: FileAccess;
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
  const files = new FileAccess(
    new FolderStorage(join(tmpdir(), `governance-files-${randomBytes(6).toString('hex')}`)),
    HMAC_SECRET,
  );
  const h = await startSubgraphHarness(
    'governance',
    {
      entities,
      migrations,
      resolvers,
      referenceResolvers,
      getRoutes: { [FILE_ROUTE]: files.handler },
      maxBodyBytes: MAX_BODY_BYTES,
    },
    { ...options, hmacSecret: HMAC_SECRET, contextExtras: (signer) => ({ signer, crypto, files }) },
  );
  return {
    subgraph: h.subgraph,
    signer: h.signer,
    crypto,
    files,
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
