import { errorTable } from '@xiangzhi/subgraph-kit';

export enum RecomputeErrorCode {
  DIVISION_CODE_INVALID = 'RECOMPUTE_DIVISION_CODE_INVALID',
  MONTH_INVALID = 'RECOMPUTE_MONTH_INVALID',
}

export const recomputeError = errorTable<RecomputeErrorCode>({
  [RecomputeErrorCode.DIVISION_CODE_INVALID]: { field: 'divisionCode', message: '区划代码应为 6、9 或 12 位数字' },
  [RecomputeErrorCode.MONTH_INVALID]: { field: 'month', message: '月份应为 YYYY-MM，且在 2000 年 1 月到本月之间' },
});
