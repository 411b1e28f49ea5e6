import { Select, type SelectProps } from 'antd';

export type TestIdSelectProps<Value> = SelectProps<Value> & { testId: string };

/**
 * An antd Select inside an element with a data-testid (tests open it by clicking its
 * `.ant-select`); as a Form.Item's child it still receives the item's value and onChange.
 */
export function TestIdSelect<Value>({ testId, style, ...props }: TestIdSelectProps<Value>) {
  return (
    <span data-testid={testId} style={{ display: 'inline-block', ...style }}>
      <Select<Value> {...props} style={{ width: '100%' }} />
    </span>
  );
}
