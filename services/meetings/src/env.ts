import { z } from 'zod';
import { loadEnv, subgraphEnvSchema } from '@xiangzhi/subgraph-kit';

const schema = subgraphEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
});
export type MeetingsEnv = z.infer<typeof schema>;

/** The meetings service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): MeetingsEnv => loadEnv(schema, source);
