import 'reflect-metadata';
import { join } from 'node:path';
import { writeSubgraphSdl } from '@xiangzhi/subgraph-kit';
import { buildMeetingsSchema } from './schema.js';

// `npm run schema -w @xiangzhi/meetings-subgraph`: rewrites the committed schema.graphql.
await writeSubgraphSdl(await buildMeetingsSchema(), join(import.meta.dirname, '..', 'schema.graphql'));
console.log('wrote services/meetings/schema.graphql');
