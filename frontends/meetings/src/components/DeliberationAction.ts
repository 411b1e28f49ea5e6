import { gqlRequest, isGraphQLRequestError, useT, type TypedDocument } from '@xiangzhi/platform';
import { useCallback, useState } from 'react';

export interface DeliberationActionState<T, V> {
  busy: boolean;
  /** The server's Chinese message when it refused. */
  error: string | null;
  run(variables: V): Promise<T | null>;
}

/** One write of the tracker: busy while it runs, the refusal's message shown beside the form. */
export function useDeliberationAction<T, V>(document: TypedDocument<T, V>): DeliberationActionState<T, V> {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (variables: V): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        return await gqlRequest(document, variables);
      } catch (caught) {
        setError(isGraphQLRequestError(caught) ? caught.message : t('delib.failed'));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [document, t],
  );
  return { busy, error, run };
}
