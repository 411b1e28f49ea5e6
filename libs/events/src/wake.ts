import type {
  EntityManager,
  EventManager,
  EventSubscriber,
  FlushEventArgs,
  TransactionEventArgs,
} from '@mikro-orm/core';
import { OutboxEvent } from './outbox.entity.js';

/**
 * Calls the registered wakers after a commit that wrote outbox rows: a flush outside a transaction
 * has committed when afterFlush runs; inside one, the wake waits for that transaction's commit.
 * (MikroORM cannot unregister a subscriber, so one per event manager holds a set of wakers.)
 */
class OutboxCommitHook implements EventSubscriber {
  readonly wakers = new Set<() => void>();
  private readonly pending = new WeakSet<EntityManager>();

  afterFlush({ em, uow }: FlushEventArgs): void {
    if (!this.wakers.size) return;
    const wrote = [...uow.getChangeSets()].some((cs) => cs.entity instanceof OutboxEvent);
    if (!wrote) return;
    if (em.isInTransaction()) this.pending.add(em);
    else this.fire();
  }

  afterTransactionCommit({ em }: TransactionEventArgs): void {
    if (this.pending.delete(em)) this.fire();
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    this.pending.delete(em);
  }

  private fire(): void {
    for (const w of this.wakers) w();
  }
}

const hooks = new WeakMap<EventManager, OutboxCommitHook>();

/** Runs `wake` after each commit of `em` (or any of its forks) that wrote events; returns the unhook. */
export function wakeOnOutboxCommit(em: EntityManager, wake: () => void): () => void {
  const events = em.getEventManager();
  let hook = hooks.get(events);
  if (!hook) {
    hook = new OutboxCommitHook();
    hooks.set(events, hook);
    events.registerSubscriber(hook);
  }
  const h = hook;
  h.wakers.add(wake);
  return () => {
    h.wakers.delete(wake);
  };
}
