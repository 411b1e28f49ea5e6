import { randomBytes } from 'node:crypto';
import type { RunningSubgraph } from '@xiangzhi/subgraph-kit';
import { startWithPeer, type SubgraphHarness, type SubgraphParts } from '@xiangzhi/testing/subgraph-harness';
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

/**
 * A subgraph (meetings, points) with governance beside it: libs/testing's startWithPeer with
 * governance's parts (here, not in libs/testing: governance itself depends on libs/testing).
 */
export async function startWithGovernance(name: string, parts: SubgraphParts): Promise<PeerHarness> {
  const h = await startWithPeer(name, parts, {
    name: 'governance',
    parts: governance,
    contextExtras: (signer) => ({ signer, crypto: new FieldCrypto(randomBytes(32)) }),
  });
  return {
    ...h,
    governance: h.peer,
    governanceQueries: h.peerQueries,
    async addCadres(cadres) {
      const conn = h.peer.orm.em.getConnection();
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
  };
}
