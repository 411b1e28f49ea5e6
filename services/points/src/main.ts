import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { readEnv } from './env.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { isEmpty, loadDemo } from './demo.js';

const env = readEnv();

await startSubgraph({
  name: 'points',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  installSignalHandlers: true,
  beforeListen: async (orm, log) => {
    if (!env.SEED_DEMO || !(await isEmpty(orm.em.fork()))) return;
    // loaded only when asked for: the generator is a dev/test package
    const { generateDemoData } = await import('@xiangzhi/testing');
    const started = Date.now();
    const data = generateDemoData();
    await loadDemo(orm.em.fork(), data);
    log.info({ pointEntries: data.pointEntries.length, ms: Date.now() - started }, 'demo points loaded');
  },
});
