import { gqlRequest, isGraphQLRequestError, useT, type TypedDocument } from '@xiangzhi/platform';
import { useCallback, useState } from 'react';

/** A refusal as the server worded it: its code (e.g. MINUTES_VERSION_CONFLICT), Chinese message and field. */
export interface RequestFailure {
  code: string;
  message: string;
  field: string | null;
}

export interface MeetingsRequest<T, V> {
  busy: boolean;
  error: RequestFailure | null;
  clearError(): void;
  run(variables: V): Promise<T | null>;
}

/**
 * One mutation or file query of a meetings page: busy while it runs, the refusal kept for the form to show.
 * `failedKey`: the message key shown when no server message came back (network down).
 */
export function useMeetingsRequest<T, V>(document: TypedDocument<T, V>, failedKey: string): MeetingsRequest<T, V> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RequestFailure | null>(null);
  const run = useCallback(
    async (variables: V) => {
      setBusy(true);
      setError(null);
      try {
        return await gqlRequest(document, variables);
      } catch (caught) {
        setError(
          isGraphQLRequestError(caught)
            ? { code: caught.code, message: caught.message, field: caught.field }
            : { code: 'CLIENT_ERROR', message: t(failedKey), field: null },
        );
        return null;
      } finally {
        setBusy(false);
      }
    },
    [document, failedKey, t],
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
