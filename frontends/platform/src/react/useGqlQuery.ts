import { useCallback, useEffect, useState } from 'react';
import { GraphQLRequestError, toGraphQLRequestError } from '../graphql/graphql-error';
import type { TypedDocument } from '../graphql/typed-document';
import { gqlRequestPartial } from '../instance';

export interface QueryResult<T> {
  /** The last data received; kept while the next page loads so the list does not flash. */
  data: T | null;
  error: GraphQLRequestError | null;
  /** Errors for parts that failed while the rest came back (one subgraph down). */
  partialErrors: GraphQLRequestError[];
  loading: boolean;
  reload(): void;
}

export function useGqlQuery<T, V>(
  query: TypedDocument<T, V>,
  variables?: V,
  options: { skip?: boolean } = {},
): QueryResult<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<GraphQLRequestError | null>(null);
  const [partialErrors, setPartialErrors] = useState<GraphQLRequestError[]>([]);
  const [loading, setLoading] = useState(!options.skip);
  const [attempt, setAttempt] = useState(0);
  const variablesKey = JSON.stringify(variables ?? {});
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) return undefined;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new request starts: show it loading at once
    setLoading(true);
    gqlRequestPartial(query, JSON.parse(variablesKey) as V, { signal: controller.signal })
      .then((result) => {
        if (controller.signal.aborted) return;
        setData(result.data);
        setPartialErrors(result.errors);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(toGraphQLRequestError(caught));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [query, variablesKey, skip, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { data, error, partialErrors, loading, reload };
}
