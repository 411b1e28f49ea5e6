import type { PagedQuery } from '../react/usePagedQuery';
import { CursorPager } from './CursorPager';

export interface ConnectionPagerProps<T, Node> {
  /** Prefix of the data-testids: `<testId>`, `-prev`, `-next`, `-info`. */
  testId: string;
  query: PagedQuery<T, Node>;
}

/** The CursorPager of a `usePagedQuery` result; nothing until its connection has arrived. */
export function ConnectionPager<T, Node>({ testId, query }: ConnectionPagerProps<T, Node>) {
  const { connection, pages } = query;
  if (!connection) return null;
  return (
    <CursorPager
      testId={testId}
      page={pages.page}
      pageSize={query.pageSize}
      totalCount={connection.totalCount}
      hasNextPage={connection.pageInfo.hasNextPage}
      loading={query.loading}
      onPrev={pages.prev}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
    />
  );
}
