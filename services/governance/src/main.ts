import 'reflect-metadata';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { TokenSigner } from '@xiangzhi/auth';
import { readEnv } from './env.js';
import { FieldCrypto } from './pii/field-crypto.js';
import { entities, migrations, referenceResolvers, resolvers } from './schema.js';
import { isEmpty, loadDemo } from './demo.js';
import { MAX_BODY_BYTES } from './modules/register-import/register-import.errors.js';

const env = readEnv();

await startSubgraph({
  name: 'governance',
  env,
  entities,
  migrations,
  resolvers,
  referenceResolvers,
  contextExtras: { signer: await TokenSigner.fromPem(env.JWT_PRIVATE_KEY), crypto: FieldCrypto.fromBase64(env.PII_MASTER_KEY) },
  installSignalHandlers: true,
  // the Excel import sends the workbook in the request (base64)
  maxBodyBytes: MAX_BODY_BYTES,
  beforeListen: async (orm, log) => {
    if (!env.SEED_DEMO || !(await isEmpty(orm.em.fork()))) return;
    const { generateDemoData } = await import('@xiangzhi/testing');
    const started = Date.now();
    await loadDemo(orm.em.fork(), generateDemoData(), FieldCrypto.fromBase64(env.PII_MASTER_KEY));
    log.info({ ms: Date.now() - started }, 'demo data loaded');
  },
});
