import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { eventsEndpoint } from '@xiangzhi/events';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { pointEventConsumer } from './modules/point-events/index.js';
import { startJobRunner, type JobRunner } from '@xiangzhi/subgraph-kit';
import { RANKING_PUBLISH_CRON, RANKING_PUBLISH_JOB, publishDueRankings } from './modules/ranking/index.js';

const env = readEnv();
// governance's events (signed like the gateway's requests): visits and pairings earn points
const events = eventsEndpoint(pointEventConsumer);
let jobs: JobRunner | undefined;

const subgraph = await startSubgraph({
  name: 'points',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: { peers: { governance: { url: env.GOVERNANCE_URL, secret: env.GATEWAY_HMAC_SECRET } } },
  // below: the job runner finishes its run in flight before the ORM closes
  installSignalHandlers: false,
  routes: { '/events': events.route },
  beforeListen: async (orm, log) => {
    events.attach(orm.em, log.child({ part: 'events' }));
    // rankings whose objection window has ended are published (pg-boss in this database, schema pgboss)
    if (env.JOBS_ENABLED)
      jobs = await startJobRunner({
        databaseUrl: env.DATABASE_URL,
        log,
        jobs: [{ name: RANKING_PUBLISH_JOB, cron: RANKING_PUBLISH_CRON, run: () => publishDueRankings(orm.em.fork()) }],
      });
  },
});

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    void (async () => {
      await jobs?.stop();
      await subgraph.stop();
    })().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
