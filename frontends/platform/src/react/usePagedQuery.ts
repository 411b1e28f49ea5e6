import type { Connection } from '../graphql/connection';
import { nodesOf } from '../graphql/connection';
import type { NodeOf, TypedDocument } from '../graphql/typed-document';
import { useCursorPages, type CursorPages } from './useCursorPages';
import { useGqlQuery, type QueryResult } from './useGqlQuery';

export interface PagedQuery<T, Node = unknown> extends QueryResult<T> {
  pages: CursorPages;
  pageSize: number;
  /** The connection in the last data received (undefined before any arrived). */
  connection: Connection<Node> | null | undefined;
  nodes: Node[];
}

export interface PagedQueryOptions<T, C> {
  pageSize: number;
  /** Where the paged connection sits in the query's data. */
  connection(data: T): C;
}

/** The variables of a paged query without the ones the pager sets. */
export type PageVariables<V> = Omit<V, 'first' | 'after'>;

/**
 * One page of a Relay connection: the query runs with `variables` plus `first` / `after`, and a
 * change of `variables` (search, region, period) goes back to the first page.
 */
export function usePagedQuery<T, V, C extends Connection<unknown> | null | undefined>(
  query: TypedDocument<T, V>,
  variables: PageVariables<V>,
  options: PagedQueryOptions<T, C>,
): PagedQuery<T, NodeOf<C>> {
  const pages = useCursorPages(JSON.stringify(variables));
  const paged = { ...variables, first: options.pageSize, after: pages.after } as V;
  const result = useGqlQuery(query, paged);
  const connection = (result.data === null ? undefined : options.connection(result.data)) as
    Connection<NodeOf<C>> | null | undefined;
  return { ...result, pages, pageSize: options.pageSize, connection, nodes: nodesOf(connection) };
}
