import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';

const env = readEnv();

await startSubgraph({
  name: 'meetings',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: { peers: { governance: { url: env.GOVERNANCE_URL, secret: env.GATEWAY_HMAC_SECRET } } },
  installSignalHandlers: true,
});
