import { Flex, Spin, type Table, type TableColumnsType, type TableProps } from 'antd';
import { lazy, Suspense, type HTMLAttributes } from 'react';

// antd's Table is ~210 KB gz: a vendor group of its own, loaded on the first render of a table
// (a desktop list), so no page's first JS holds it and phones, which show cards, never load it.
// The specifier is external in builds (the import map serves it), so import() stays a request.
const LazyTable = lazy(() =>
  import('@xiangzhi/vendor/antd-table').then((vendor) => ({ default: vendor.Table })),
) as unknown as typeof Table;

/** The data-* attributes of a row or a cell: `data-testid` and what the browser tests read. */
export type TestAttributes = { 'data-testid': string } & { [name: `data-${string}`]: string | number };

/** A cell's test id, for a column's `onCell`. */
export function cellTestId(testId: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': testId } as HTMLAttributes<HTMLElement>;
}

export interface DataTableProps<Row> {
  /** The data-testid of the element around the table. */
  testId: string;
  rows: Row[];
  columns: TableColumnsType<Row>;
  rowKey: TableProps<Row>['rowKey'];
  /** Each row's test attributes (`data-testid` and e.g. `data-household-id`). */
  rowAttributes(row: Row): TestAttributes;
  loading?: boolean;
  size?: 'small' | 'middle';
  /** Scrolls sideways below this width (px). */
  scrollX?: number;
  /** Pages the rows in the browser (default: all rows, the server pages). */
  pageSize?: number;
}

/** A desktop list: one antd Table row per item, no client pagination unless `pageSize` (a pager does the server's). */
export function DataTable<Row extends object>({
  testId,
  rows,
  columns,
  rowKey,
  rowAttributes,
  loading,
  size = 'middle',
  scrollX,
  pageSize,
}: DataTableProps<Row>) {
  const fallback = (
    <Flex justify="center" style={{ padding: 24 }}>
      <Spin />
    </Flex>
  );
  return (
    <div data-testid={testId}>
      <Suspense fallback={fallback}>
        <LazyTable<Row>
          rowKey={rowKey}
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={pageSize === undefined ? false : { pageSize, showSizeChanger: false }}
          size={size}
          onRow={(row) => rowAttributes(row) as HTMLAttributes<HTMLElement>}
          {...(scrollX === undefined ? {} : { scroll: { x: scrollX } })}
        />
      </Suspense>
    </div>
  );
}
