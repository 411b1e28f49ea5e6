import { z } from 'zod';
import { governancePeerEnvSchema, jobsEnvShape, loadEnv } from '@xiangzhi/subgraph-kit';

// the kit's subgraph environment plus GOVERNANCE_URL (asked about the cadres a request names)
const schema = governancePeerEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  /** The scheduled jobs (publishing rankings at the end of their objection window); 'false' on a replica. */
  ...jobsEnvShape,
});
export type PointsEnv = z.infer<typeof schema>;

/** The points service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): PointsEnv => loadEnv(schema, source);
