import { z } from 'zod';

/** An event as it travels from the producer's relay to a subscriber's `/events`. */
export interface EventEnvelope<P = Record<string, unknown>> {
  id: string;
  type: string;
  aggregateId: string | null;
  /** RFC 3339: when the producer wrote it. */
  occurredAt: string;
  payload: P;
}

/** The body of one POST to `/events`. */
export interface EventBatch {
  producer: string;
  events: EventEnvelope[];
}

/** The subscriber's answer: the ids it has durably taken (applied now, or before). */
export interface BatchReceipt {
  processed: string[];
  failed: { id: string; error: string }[];
}

/** Most events in one POST; the relay sends fewer. */
export const MAX_BATCH = 500;
const NAME = /^[a-z][a-z0-9-]{0,63}$/;

export const eventBatchSchema = z.object({
  producer: z.string().regex(NAME),
  events: z
    .array(
      z.object({
        id: z.uuid(),
        type: z.string().min(1).max(100),
        aggregateId: z.string().max(64).nullable(),
        occurredAt: z.iso.datetime({ offset: true }),
        payload: z.record(z.string(), z.unknown()),
      }),
    )
    .max(MAX_BATCH),
});

export const batchReceiptSchema = z.object({
  processed: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), error: z.string() })).default([]),
});

/** A subscriber name as EVENT_SUBSCRIBERS and the database hold it. */
export const isSubscriberName = (s: string): boolean => NAME.test(s);
