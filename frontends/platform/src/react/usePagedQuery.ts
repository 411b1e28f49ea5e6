import type { Connection } from '../graphql/connection';
import { nodesOf } from '../graphql/connection';
import type { GraphQLVariables } from '../graphql/transport';
import { useCursorPages, type CursorPages } from './useCursorPages';
import { useGqlQuery, type QueryResult } from './useGqlQuery';

export interface PagedQuery<T, Node> extends QueryResult<T> {
  pages: CursorPages;
  pageSize: number;
  /** The connection in the last data received (undefined before any arrived). */
  connection: Connection<Node> | null | undefined;
  nodes: Node[];
}

export interface PagedQueryOptions<T, Node> {
  pageSize: number;
  /** Where the paged connection sits in the query's data. */
  connection(data: T): Connection<Node> | null | undefined;
}

/**
 * One page of a Relay connection: the query runs with `variables` plus `first` / `after`, and a
 * change of `variables` (search, region, period) goes back to the first page.
 */
export function usePagedQuery<T, Node>(
  query: string,
  variables: GraphQLVariables,
  options: PagedQueryOptions<T, Node>,
): PagedQuery<T, Node> {
  const pages = useCursorPages(JSON.stringify(variables));
  const result = useGqlQuery<T>(query, { ...variables, first: options.pageSize, after: pages.after });
  const connection = result.data === null ? undefined : options.connection(result.data);
  return { ...result, pages, pageSize: options.pageSize, connection, nodes: nodesOf(connection) };
}
