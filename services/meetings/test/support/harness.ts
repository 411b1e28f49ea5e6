import { startSubgraphHarness, testPrincipal, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../../src/schema.js';

export type { GraphqlResult } from '@xiangzhi/testing/subgraph-harness';
export type Harness = SubgraphHarness;

/** The meetings subgraph on a fresh database of the run-wide PostgreSQL, called over signed HTTP. */
export const startHarness = (): Promise<Harness> => startSubgraphHarness('meetings', { entities, migrations, resolvers, referenceResolvers });

/** A principal for tests: one role, one division. */
export const principal = testPrincipal;
