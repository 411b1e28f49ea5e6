import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { seedDemoWhenEmpty } from '@xiangzhi/testing/seed';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { isEmpty, loadDemo } from './demo.js';
import { eventsEndpoint } from '@xiangzhi/events';
import { pointEventConsumer } from './modules/point-events/index.js';

const env = readEnv();
// governance's events (signed like the gateway's requests): visits and pairings earn points
const events = eventsEndpoint(pointEventConsumer);
const seedDemo = seedDemoWhenEmpty(env.SEED_DEMO, isEmpty, async (em, data) => {
  await loadDemo(em, data);
  return { pointEntries: data.pointEntries.length };
});

await startSubgraph({
  name: 'points',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: { peers: { governance: { url: env.GOVERNANCE_URL, secret: env.GATEWAY_HMAC_SECRET } } },
  installSignalHandlers: true,
  routes: { '/events': events.route },
  beforeListen: async (orm, log) => {
    events.attach(orm.em, log.child({ part: 'events' }));
    await seedDemo(orm, log);
  },
});
