import { randomBytes } from 'node:crypto';
import { startSubgraph, type PeerTarget, type RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { startSubgraphHarness, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { testDatabase } from '@xiangzhi/testing/test-database';
import * as governance from '../src/schema.js';
import { FieldCrypto } from '../src/pii/field-crypto.js';

export interface TestCadre {
  id: string;
  divisionCode: string;
  name?: string;
}

export interface PeerHarness extends SubgraphHarness {
  /** The governance subgraph asked about cadres: same keys and signing secret, its own database. */
  governance: RunningSubgraph;
  /** SQL statements governance ran since the last reset (what the peer calls cost). */
  governanceQueries: string[];
  /** Stores cadres in governance's database. */
  addCadres(cadres: TestCadre[]): Promise<void>;
}

type SubgraphParts = Parameters<typeof startSubgraphHarness>[1];

/**
 * A subgraph (meetings, points) on a fresh database of the run-wide PostgreSQL, with governance
 * beside it, called over signed HTTP as in production. Here, not in libs/testing: governance
 * itself depends on libs/testing.
 */
export async function startWithGovernance(name: string, parts: SubgraphParts): Promise<PeerHarness> {
  // filled in once governance runs: the object is shared with every request context
  const peers: Record<string, PeerTarget> = {};
  const h = await startSubgraphHarness(name, parts, { contextExtras: { peers } });
  const db = await testDatabase(`${name}_governance`);
  const governanceQueries: string[] = [];
  const gov = await startSubgraph({
    name: 'governance',
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: db.url,
      JWT_PUBLIC_KEY: h.publicKeyPem,
      GATEWAY_HMAC_SECRET: h.hmacSecret,
      LOG_LEVEL: 'silent',
    },
    ...governance,
    contextExtras: { signer: h.signer, crypto: new FieldCrypto(randomBytes(32)) },
    onQuery: (sql) => governanceQueries.push(sql),
  });
  peers.governance = { url: gov.url, secret: h.hmacSecret };
  return {
    ...h,
    governance: gov,
    governanceQueries,
    async addCadres(cadres) {
      const conn = gov.orm.em.getConnection();
      for (const c of cadres) {
        const kind = c.divisionCode.length === 9 ? 'TOWNSHIP_CADRE' : 'PARTY_MEMBER';
        await conn.execute('insert into cadre (id, name, kind, post, division_code) values (?, ?, ?, ?, ?)', [
          c.id,
          c.name ?? '测试干部',
          kind,
          '党员',
          c.divisionCode,
        ]);
      }
    },
    async stop() {
      await h.stop();
      await gov.stop();
      await db.drop();
    },
  };
}
