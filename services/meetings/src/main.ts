import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { eventsEndpoint, startServiceRelay, type OutboxRelay } from '@xiangzhi/events';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { meetingsEventConsumer } from './events/event-consumer.js';

const env = readEnv();
let relay: OutboxRelay | undefined;
// governance's events (signed like the gateway's requests): the state of the cases forum items became
const inbound = eventsEndpoint(meetingsEventConsumer);

const subgraph = await startSubgraph({
  name: 'meetings',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: { peers: { governance: { url: env.GOVERNANCE_URL, secret: env.GATEWAY_HMAC_SECRET } } },
  // below: the relay finishes its batch in flight before the ORM closes
  installSignalHandlers: false,
  routes: { '/events': inbound.route },
  beforeListen: async (orm, log) => {
    relay = await startServiceRelay(
      orm.em,
      {
        producer: 'meetings',
        subscribers: env.EVENT_SUBSCRIBERS,
        hmacSecret: env.GATEWAY_HMAC_SECRET,
        maxDelayMs: env.EVENT_RELAY_MAX_DELAY_MS,
      },
      log.child({ part: 'event-relay' }),
    );
    inbound.attach(orm.em, log.child({ part: 'events' }));
  },
});

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    void (async () => {
      await relay?.stop();
      await subgraph.stop();
    })().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
