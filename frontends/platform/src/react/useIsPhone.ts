import { Grid } from 'antd';

/** Below antd's `md` breakpoint (768px): lists render as cards instead of wide tables. */
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}
