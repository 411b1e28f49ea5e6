import { DataTable, useIsPhone, type DataTableProps, type TestAttributes, COLORS } from '@xiangzhi/platform';
import { Flex } from 'antd';
import { Fragment, type CSSProperties, type ReactNode } from 'react';

/** The look of a plain card row (a `renderCard` may use its own, e.g. an antd Card). */
export const ROW_CARD_STYLE: CSSProperties = {
  padding: 10,
  border: `1px solid ${COLORS.border}`,
  borderRadius: 8,
  background: COLORS.bgContainer,
};

export interface RowListProps<Row> extends Omit<DataTableProps<Row>, 'rowKey' | 'size'> {
  rowKey: keyof Row & string;
  /** Phone width: the row as a card, carrying the row's test attributes. */
  renderCard(row: Row, attributes: TestAttributes): ReactNode;
}

/** A list that is a compact table on a desktop and a column of cards on a phone (same test ids). */
export function RowList<Row extends object>({ renderCard, ...table }: RowListProps<Row>) {
  const isPhone = useIsPhone();
  if (!isPhone) return <DataTable<Row> {...table} size="small" />;
  return (
    <Flex vertical gap={8} data-testid={table.testId}>
      {table.rows.map((row) => (
        <Fragment key={String(row[table.rowKey])}>{renderCard(row, table.rowAttributes(row))}</Fragment>
      ))}
    </Flex>
  );
}
