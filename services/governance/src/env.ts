import { z } from 'zod';
import { fileStorageEnvSchema, loadEnv, subgraphEnvSchema } from '@xiangzhi/subgraph-kit';
import { eventRelayEnvShape } from '@xiangzhi/events';
import { jobsEnvShape } from '@xiangzhi/subgraph-kit';
import { publicBaseUrl } from './modules/service-order/index.js';

const schema = subgraphEnvSchema.extend(fileStorageEnvSchema.shape).extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  PII_MASTER_KEY: z
    .string()
    .refine((s) => Buffer.from(s, 'base64').length >= 32, 'PII_MASTER_KEY 须为 base64 编码的至少 32 字节密钥'),
  JWT_PRIVATE_KEY: z
    .string()
    .transform((s) => s.replace(/\\n/g, '\n'))
    .refine((s) => s.includes('-----BEGIN'), '需要 PEM 格式的私钥'),
  /** Where the outbox relay delivers governance's events (points, meetings), and its longest retry wait. */
  ...eventRelayEnvShape,
  /** The scheduled jobs (the case alert job, pg-boss); 'false' on a replica that should leave them to others. */
  ...jobsEnvShape,
  /** Where villagers open the public pages: the contact cards' QR codes carry `<PUBLIC_BASE_URL>/s/<code>`. */
  PUBLIC_BASE_URL: publicBaseUrl,
});
export type GovernanceEnv = z.infer<typeof schema>;

/** The governance service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): GovernanceEnv => loadEnv(schema, source);
