import 'reflect-metadata';
import { FILE_ROUTE, FileAccess, openFileStorage, startSubgraph } from '@xiangzhi/subgraph-kit';
import { TokenSigner } from '@xiangzhi/auth';
import { readEnv } from './env.js';
import { FieldCrypto } from './pii/field-crypto.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { MAX_BODY_BYTES } from './modules/register-import/index.js';
import { warmImportParser } from './modules/register-import/index.js';
import { eventsEndpoint, startServiceRelay, type OutboxRelay } from '@xiangzhi/events';
import { governanceEventConsumer } from './events/event-consumer.js';
import { startJobRunner, type JobRunner } from '@xiangzhi/subgraph-kit';
import { CASE_ALERTS_CRON, CASE_ALERTS_JOB, runCaseAlerts } from './modules/case/index.js';

const env = readEnv();
// uploaded photos: a folder under DATA_DIR, or the S3-compatible store S3_* names
const files = new FileAccess(await openFileStorage(env), env.GATEWAY_HMAC_SECRET);
let relay: OutboxRelay | undefined;
// meetings' events (signed like the gateway's requests): forum items become cases
const inbound = eventsEndpoint(governanceEventConsumer);
let jobs: JobRunner | undefined;

const subgraph = await startSubgraph({
  name: 'governance',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: {
    signer: await TokenSigner.fromPem(env.JWT_PRIVATE_KEY),
    crypto: FieldCrypto.fromBase64(env.PII_MASTER_KEY),
    files,
  },
  getRoutes: { [FILE_ROUTE]: files.handler },
  routes: { '/events': inbound.route },
  // below: the relay finishes its batch in flight before the ORM closes
  installSignalHandlers: false,
  // the Excel import sends the workbook in the request (base64)
  maxBodyBytes: MAX_BODY_BYTES,
  beforeListen: async (orm, log) => {
    // subscribers are registered before the first request can write an event
    relay = await startServiceRelay(
      orm.em,
      {
        producer: 'governance',
        subscribers: env.EVENT_SUBSCRIBERS,
        hmacSecret: env.GATEWAY_HMAC_SECRET,
        maxDelayMs: env.EVENT_RELAY_MAX_DELAY_MS,
      },
      log.child({ part: 'event-relay' }),
    );
    inbound.attach(orm.em, log.child({ part: 'events' }));
    // the case alert job: yellow and red cards, reminders (pg-boss in this database, schema pgboss)
    if (env.JOBS_ENABLED)
      jobs = await startJobRunner({
        databaseUrl: env.DATABASE_URL,
        log,
        jobs: [{ name: CASE_ALERTS_JOB, cron: CASE_ALERTS_CRON, run: () => runCaseAlerts(orm.em.fork()) }],
      });
  },
});

// the parser thread takes seconds to load its modules: load it now, not on the first upload
warmImportParser().catch((err: unknown) => subgraph.log.warn({ err }, 'import parser thread did not start'));

for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.once(sig, () => {
    void (async () => {
      await jobs?.stop();
      await relay?.stop();
      await subgraph.stop();
    })().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
