import { z } from 'zod';
import { loadEnv, subgraphEnvSchema } from '@xiangzhi/subgraph-kit';

const schema = subgraphEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  PII_MASTER_KEY: z.string().refine((s) => Buffer.from(s, 'base64').length >= 32, 'PII_MASTER_KEY 须为 base64 编码的至少 32 字节密钥'),
  JWT_PRIVATE_KEY: z.string().transform((s) => s.replace(/\\n/g, '\n')).refine((s) => s.includes('-----BEGIN'), '需要 PEM 格式的私钥'),
});
export type GovernanceEnv = z.infer<typeof schema>;

/** The governance service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): GovernanceEnv => loadEnv(schema, source);
