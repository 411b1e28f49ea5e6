import type { Select as AntdSelect, SelectProps } from 'antd';
import { Input } from 'antd';
import { lazy, Suspense, type ReactElement } from 'react';

// antd's Select is a vendor group of its own (antd-select): loaded when a select is first shown,
// so the register's first load (on a phone the filters are folded away) does not carry it. The
// specifier is external in builds (the import map serves it), so import() stays a request.
const Lazy = lazy(() =>
  import('@xiangzhi/vendor/antd-select').then((vendor) => ({ default: vendor.Select })),
) as unknown as typeof AntdSelect;

/** antd's Select, loaded on demand; a disabled box of the same size stands in while it loads. */
export function Select<Value = string>(props: SelectProps<Value>): ReactElement {
  return (
    <Suspense
      fallback={
        <Input
          disabled
          size={props.size}
          placeholder={typeof props.placeholder === 'string' ? props.placeholder : undefined}
          style={props.style}
        />
      }
    >
      <Lazy<Value> {...props} />
    </Suspense>
  );
}
