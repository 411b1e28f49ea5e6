import { z } from 'zod';
import { governancePeerEnvSchema, loadEnv } from '@xiangzhi/subgraph-kit';

// the kit's subgraph environment plus GOVERNANCE_URL (asked about the cadres a request names)
const schema = governancePeerEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
});
export type MeetingsEnv = z.infer<typeof schema>;

/** The meetings service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): MeetingsEnv => loadEnv(schema, source);
