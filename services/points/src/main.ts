import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { eventsEndpoint } from '@xiangzhi/events';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { pointEventConsumer } from './modules/point-events/index.js';

const env = readEnv();
// governance's events (signed like the gateway's requests): visits and pairings earn points
const events = eventsEndpoint(pointEventConsumer);

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
  beforeListen: async (orm, log) => events.attach(orm.em, log.child({ part: 'events' })),
});
