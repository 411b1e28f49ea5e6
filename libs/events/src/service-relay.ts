import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signRequest } from '@xiangzhi/auth';
import { OutboxRelay, type EventLogger, type Subscriber } from './relay.js';
import { parseSubscribers } from './subscribers.js';

/** `name=url,…`: where a producer's relay delivers its events (empty: nowhere). */
const subscribers = z
  .string()
  .default('')
  .transform((v, ctx): Subscriber[] => {
    try {
      return parseSubscribers(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });

/** The environment of a service that publishes events (spread into its zod schema). */
export const eventRelayEnvShape = {
  EVENT_SUBSCRIBERS: subscribers,
  /** Longest wait between two delivery attempts to a subscriber that is down (ms). */
  EVENT_RELAY_MAX_DELAY_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
};

export interface RelaySettings {
  producer: string;
  subscribers: Subscriber[];
  hmacSecret: string;
  maxDelayMs: number;
}

/**
 * Starts the outbox relay of this process (every process of a producer runs one; row locks keep
 * them apart). With no subscriber configured it only deactivates the registered ones.
 */
export async function startServiceRelay(em: EntityManager, s: RelaySettings, log: EventLogger): Promise<OutboxRelay> {
  const relay = new OutboxRelay({
    em,
    producer: s.producer,
    subscribers: s.subscribers,
    // the subscribers verify it as they verify the gateway's requests
    sign: ({ method, url, body }) => signRequest(s.hmacSecret, { method, path: `${url.pathname}${url.search}`, body }),
    backoff: { baseMs: Math.min(500, s.maxDelayMs), maxMs: s.maxDelayMs },
    log,
  });
  if (s.subscribers.length) await relay.start();
  else await relay.registerSubscribers();
  return relay;
}
