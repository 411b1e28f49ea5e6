import { z } from 'zod';
import { governancePeerEnvSchema, jobsEnvShape, loadEnv } from '@xiangzhi/subgraph-kit';
import { eventRelayEnvShape } from '@xiangzhi/events';

// the kit's subgraph environment plus GOVERNANCE_URL (asked about the cadres a request names)
const schema = governancePeerEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  /** Where the outbox relay delivers meetings' events (points, governance, a notification channel). */
  ...eventRelayEnvShape,
  /** Scheduled jobs (pg-boss); 'false' on a replica that should leave them to others. */
  ...jobsEnvShape,
});
export type MeetingsEnv = z.infer<typeof schema>;

/** The meetings service's configuration, validated at start-up. */
export const readEnv = (source: NodeJS.ProcessEnv = process.env): MeetingsEnv => loadEnv(schema, source);
