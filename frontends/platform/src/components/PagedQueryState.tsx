import type { ReactNode } from 'react';
import type { PagedQuery } from '../react/usePagedQuery';
import { ConnectionPager } from './ConnectionPager';
import { QueryState } from './QueryState';

export interface PagedQueryStateProps<T, Node> {
  /** Prefix of the data-testids: QueryState's, and `<testId>-pager` for the pager. */
  testId: string;
  query: PagedQuery<T, Node>;
  /** Warn about parts that failed while the rest came back (a query spanning subgraphs). */
  showPartial?: boolean;
  emptyText?: string;
  /** The page's nodes (a table, cards, a list); the pager follows them. */
  children: ReactNode;
}

/** QueryState over one page of a connection, with the pager below the list. */
export function PagedQueryState<T, Node>({
  testId,
  query,
  showPartial,
  emptyText,
  children,
}: PagedQueryStateProps<T, Node>) {
  return (
    <QueryState
      testId={testId}
      loading={query.loading}
      error={query.error}
      partialErrors={showPartial ? query.partialErrors : undefined}
      hasData={query.data !== null}
      isEmpty={query.nodes.length === 0}
      onRetry={query.reload}
      emptyText={emptyText}
    >
      {children}
      <ConnectionPager testId={`${testId}-pager`} query={query} />
    </QueryState>
  );
}
