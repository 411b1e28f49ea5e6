import { z } from 'zod';
import { DEFAULT_POOL_SIZE } from './orm.js';

const pem = z
  .string()
  .transform((s) => s.replace(/\\n/g, '\n'))
  .refine((s) => s.includes('-----BEGIN'), '需要 PEM 格式的密钥');

/** Environment every subgraph reads; a service extends it with its own keys. */
export const subgraphEnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  DATABASE_URL: z.string().url(),
  JWT_PUBLIC_KEY: pem,
  GATEWAY_HMAC_SECRET: z.string().min(16, 'GATEWAY_HMAC_SECRET 至少 16 个字符'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Connections the service's database pool keeps at most (MikroORM's pool max). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(DEFAULT_POOL_SIZE),
});
export type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;

/** A subgraph that asks governance (signed, as the caller) whether the cadres a request names exist and may be seen. */
export const governancePeerEnvSchema = subgraphEnvSchema.extend({
  GOVERNANCE_URL: z
    .url({ protocol: /^https?$/, error: 'GOVERNANCE_URL 应为 http(s) 地址' })
    .default('http://127.0.0.1:4001/graphql'),
});

/** Parses the environment or stops the process with every problem listed. */
export function loadEnv<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置有误 / invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
