import { testPrincipal } from '@xiangzhi/testing/subgraph-harness';
import { startWithGovernance, type PeerHarness } from '@xiangzhi/governance-subgraph/peer-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../../src/schema.js';

export type { GraphqlResult } from '@xiangzhi/testing/subgraph-harness';
export type { TestCadre } from '@xiangzhi/governance-subgraph/peer-harness';
export type Harness = PeerHarness;

/** The points subgraph on a fresh database, with governance beside it (asked about cadres over signed HTTP). */
export const startHarness = (): Promise<Harness> =>
  startWithGovernance('points', { entities, migrations, resolvers, referenceResolvers });

/** A principal for tests: one role, one division. */
export const principal = testPrincipal;
