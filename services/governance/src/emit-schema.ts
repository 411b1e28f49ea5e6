import 'reflect-metadata';
import { join } from 'node:path';
import { buildFederatedSchema, writeSubgraphSdl } from '@xiangzhi/subgraph-kit';
import { referenceResolvers, resolvers } from './schema.js';

// `npm run schema -w @xiangzhi/governance-subgraph`: rewrites the committed schema.graphql.
const schema = await buildFederatedSchema(resolvers, referenceResolvers);
await writeSubgraphSdl(schema, join(import.meta.dirname, '..', 'schema.graphql'));
console.log('wrote services/governance/schema.graphql');
