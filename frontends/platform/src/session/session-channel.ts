import type { Session } from './session-types';

/** Why the page signed out: the login page says so (an idle logout is not an error). */
export type SignOutReason = 'user' | 'idle' | 'expired';

/** What the tabs of one browser tell each other; nothing of it is ever written to storage. */
export type SessionMessage =
  | { type: 'session'; session: Session }
  | { type: 'signed-out'; reason: SignOutReason }
  | { type: 'activity'; at: number };

export interface SessionChannel {
  post(message: SessionMessage): void;
  subscribe(listener: (message: SessionMessage) => void): () => void;
}

/** Runs `task` while no other tab runs one under the same lock (refresh-token rotation). */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>;

/** A BroadcastChannel between the tabs of this origin, or undefined where there is none. */
export function broadcastChannel(name: string): SessionChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handler = (event: MessageEvent<SessionMessage>) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

/**
 * The Web Locks API: two tabs refreshing with the same cookie at once would look like reuse of
 * a rotated refresh token, which revokes the whole session; the lock lets them take turns.
 */
export function webLock(name: string): CrossTabLock | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return undefined;
  return <T>(task: () => Promise<T>) => locks.request(name, task) as Promise<T>;
}
