import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@xiangzhi/subgraph-kit';
import { buildPointsSchema } from './schema.js';

// `npm run schema -w @xiangzhi/points-subgraph`: rewrites the committed schema.graphql.
await writeSubgraphSdl(await buildPointsSchema(), join(import.meta.dirname, '..', 'schema.graphql'));
console.log('wrote services/points/schema.graphql');
