import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { HTMLAttributes } from 'react';

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
}

/** A desktop list: one antd Table row per item, no client pagination (a pager does the server's). */
export function DataTable<Row extends object>({
  testId,
  rows,
  columns,
  rowKey,
  rowAttributes,
  loading,
  size = 'middle',
  scrollX,
}: DataTableProps<Row>) {
  return (
    <div data-testid={testId}>
      <Table<Row>
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size={size}
        onRow={(row) => rowAttributes(row) as HTMLAttributes<HTMLElement>}
        {...(scrollX === undefined ? {} : { scroll: { x: scrollX } })}
      />
    </div>
  );
}
