import { CommonErrorCode, errorTable } from '@xiangzhi/subgraph-kit';

/** Why a manual points request or its decision is refused. */
export enum PointApprovalErrorCode {
  REQUEST_NOT_FOUND = 'POINT_ENTRY_REQUEST_NOT_FOUND',
  ENTRY_NOT_FOUND = 'POINT_ENTRY_NOT_FOUND',
  POINTS_INVALID = 'POINT_REQUEST_POINTS_INVALID',
  REASON_INVALID = 'POINT_REQUEST_REASON_INVALID',
  MONTH_INVALID = 'POINT_REQUEST_MONTH_INVALID',
  CORRECTS_ENTRY_INVALID = 'POINT_REQUEST_CORRECTS_ENTRY_ID_INVALID',
  REFUSAL_REASON_INVALID = 'POINT_REQUEST_REFUSAL_REASON_INVALID',
  /** The requester may not decide their own request: a second person must. */
  SAME_PERSON = 'POINT_REQUEST_SAME_PERSON',
  ALREADY_DECIDED = 'POINT_REQUEST_ALREADY_DECIDED',
  FIRST_INVALID = 'POINT_REQUEST_FIRST_INVALID',
}

export const POINTS_LIMIT = 1000;
export const REASON_MAX = 200;
export const LIST_MAX = 100;

export const pointApprovalError = errorTable<PointApprovalErrorCode>({
  [PointApprovalErrorCode.REQUEST_NOT_FOUND]: { field: 'id', message: '积分申请不存在，或不在您的管辖范围内' },
  [PointApprovalErrorCode.ENTRY_NOT_FOUND]: {
    field: 'correctsEntryId',
    message: '要更正的积分记录不存在、不属于该党员干部，或不在您的管辖范围内',
  },
  [PointApprovalErrorCode.POINTS_INVALID]: {
    field: 'points',
    message: `分值应为 -${POINTS_LIMIT} 到 ${POINTS_LIMIT} 之间的非零整数`,
  },
  [PointApprovalErrorCode.REASON_INVALID]: { field: 'reason', message: '事由无效' },
  [PointApprovalErrorCode.MONTH_INVALID]: {
    field: 'month',
    message: '月份应为 YYYY-MM，且在 2000 年 1 月到本月之间',
  },
  [PointApprovalErrorCode.CORRECTS_ENTRY_INVALID]: {
    field: 'correctsEntryId',
    message: '更正申请须指明原积分记录；嘉奖和问责扣分不指明',
  },
  [PointApprovalErrorCode.REFUSAL_REASON_INVALID]: { field: 'reason', message: '驳回理由无效' },
  [PointApprovalErrorCode.SAME_PERSON]: {
    code: CommonErrorCode.FORBIDDEN,
    message: '不能审核自己提交的积分申请：须由另一名有审核权限的人员审核',
  },
  [PointApprovalErrorCode.ALREADY_DECIDED]: { code: CommonErrorCode.CONFLICT, message: '该积分申请已审核' },
  [PointApprovalErrorCode.FIRST_INVALID]: { field: 'first', message: `条数须在 1 到 ${LIST_MAX} 之间` },
});
