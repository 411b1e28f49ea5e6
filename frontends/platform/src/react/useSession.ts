import { useSyncExternalStore } from 'react';
import { sessionStore } from '../instance';
import type { Session } from '../session/session-types';

const current = (): Session | null => sessionStore.current();

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, current, current);
}
