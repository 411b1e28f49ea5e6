import { errorTable } from '@xiangzhi/subgraph-kit';

/** Why 我的积分 refuses a request: the module's code, the field at fault, a Chinese message. */
export enum MyPointsErrorCode {
  /** The account holds no cadre record of its own, so it has no points (an office account, say). */
  CADRE_NOT_LINKED = 'CADRE_NOT_LINKED',
  MONTH_INVALID = 'MY_POINTS_MONTH_INVALID',
}

export const myPointsError = errorTable<MyPointsErrorCode>({
  [MyPointsErrorCode.CADRE_NOT_LINKED]: { message: '您的账号没有关联党员干部档案，没有个人积分' },
  [MyPointsErrorCode.MONTH_INVALID]: { field: 'month', message: '月份应为 YYYY-MM，且在 2000 年 1 月到本月之间' },
});
