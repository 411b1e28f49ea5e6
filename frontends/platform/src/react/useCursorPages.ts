import { useCallback, useState } from 'react';

export interface CursorPages {
  /** 1-based page number. */
  page: number;
  /** The `after` argument for the current page. */
  after: string | null;
  next(endCursor: string | null): void;
  prev(): void;
}

/**
 * Relay pagination only moves from a known cursor, so pages are walked one at a time and the
 * cursors seen so far are kept for going back. A new `resetKey` (search, region) starts over.
 */
export function useCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors: [null] });

  const next = useCallback(
    (endCursor: string | null) => {
      if (endCursor) setState((prev) => ({ key: resetKey, cursors: [...prev.cursors, endCursor] }));
    },
    [resetKey],
  );
  const prev = useCallback(() => {
    setState((previous) => ({
      key: resetKey,
      cursors: previous.cursors.length > 1 ? previous.cursors.slice(0, -1) : previous.cursors,
    }));
  }, [resetKey]);

  return { page: cursors.length, after: cursors[cursors.length - 1] ?? null, next, prev };
}
