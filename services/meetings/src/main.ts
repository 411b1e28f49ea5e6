import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { seedDemoWhenEmpty } from '@xiangzhi/testing/seed';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { isEmpty, loadDemo } from './demo.js';

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
  beforeListen: seedDemoWhenEmpty(env.SEED_DEMO, isEmpty, async (em, data) => {
    await loadDemo(em, data);
    return { meetings: data.meetings.length };
  }),
});
