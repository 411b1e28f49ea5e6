import { z } from 'zod';
import { loadEnv, subgraphEnvSchema } from '@xiangzhi/subgraph-kit';

const schema = subgraphEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
});
export type PointsEnv = z.infer<typeof schema>;

/** The points service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): PointsEnv => loadEnv(schema, source);
