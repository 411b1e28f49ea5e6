import { z } from 'zod';
import { loadEnv, subgraphEnvSchema } from '@xiangzhi/subgraph-kit';

const schema = subgraphEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /**
   * The governance subgraph, asked (signed, as the caller) whether the cadres a request names exist and may be seen.
   */
  GOVERNANCE_URL: z
    .url({ protocol: /^https?$/, error: 'GOVERNANCE_URL 应为 http(s) 地址' })
    .default('http://127.0.0.1:4001/graphql'),
});
export type MeetingsEnv = z.infer<typeof schema>;

/** The meetings service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): MeetingsEnv => loadEnv(schema, source);
