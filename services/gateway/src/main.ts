import { createLogger } from '@xiangzhi/subgraph-kit/logger';
import { gatewayEnvSchema } from './env.js';
import { startGateway } from './gateway.js';

const parsed = gatewayEnvSchema.safeParse(process.env);
if (!parsed.success) {
  console.error(
    `环境变量配置有误 / invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
  );
  process.exit(1);
}
const log = createLogger('gateway', parsed.data.LOG_LEVEL);
try {
  const gateway = await startGateway(parsed.data, log);
  // The Hive runtime ignores SIGTERM unless the process handles it itself.
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      void gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (e) {
  log.fatal(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
