import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { signRequest } from '@xiangzhi/auth';
import { OutboxRelay, type Subscriber } from '@xiangzhi/events';

export interface RelaySettings {
  subscribers: Subscriber[];
  hmacSecret: string;
  maxDelayMs: number;
}

/**
 * Starts the outbox relay of this process (every governance process runs one; row locks keep
 * them apart). With no subscriber configured it only deactivates the registered ones.
 */
export async function startEventRelay(orm: MikroORM, s: RelaySettings, log: Logger): Promise<OutboxRelay> {
  const relay = new OutboxRelay({
    em: orm.em,
    producer: 'governance',
    subscribers: s.subscribers,
    // the subscribers verify it as they verify the gateway's requests
    sign: ({ method, url, body }) => signRequest(s.hmacSecret, { method, path: `${url.pathname}${url.search}`, body }),
    backoff: { baseMs: Math.min(500, s.maxDelayMs), maxMs: s.maxDelayMs },
    log: log.child({ part: 'event-relay' }),
  });
  if (s.subscribers.length) await relay.start();
  else await relay.registerSubscribers();
  return relay;
}
