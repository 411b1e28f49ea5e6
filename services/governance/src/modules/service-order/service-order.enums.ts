import { registerEnumType } from 'type-graphql';

/** 精准服务到户: the four services a villager can order (GLOSSARY `ServiceRequest` kinds). */
export enum ServiceOrderKind {
  GOVERNMENT = 'GOVERNMENT',
  PRODUCTION = 'PRODUCTION',
  CARE = 'CARE',
  MEDIATION = 'MEDIATION',
}
export const SERVICE_ORDER_KIND_LABELS: Record<ServiceOrderKind, string> = {
  GOVERNMENT: '政务服务',
  PRODUCTION: '生产服务',
  CARE: '关爱服务',
  MEDIATION: '矛盾调解',
};
registerEnumType(ServiceOrderKind, {
  name: 'ServiceOrderKind',
  description: '服务类别 / Service kind',
  valuesConfig: Object.fromEntries(Object.entries(SERVICE_ORDER_KIND_LABELS).map(([k, v]) => [k, { description: v }])),
});

/**
 * 群众点单—网格下单—党员接单: ORDERED → DISPATCHED → ACCEPTED → DONE → RATED (GLOSSARY), plus
 * POSTED (open for the grid's cadres to take), CANCELLED, and CONVERTED (handed to the case ledger).
 */
export enum ServiceOrderStatus {
  ORDERED = 'ORDERED',
  POSTED = 'POSTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  DONE = 'DONE',
  RATED = 'RATED',
  CANCELLED = 'CANCELLED',
  CONVERTED = 'CONVERTED',
}
export const SERVICE_ORDER_STATUS_LABELS: Record<ServiceOrderStatus, string> = {
  ORDERED: '已点单',
  POSTED: '待接单',
  DISPATCHED: '已派单',
  ACCEPTED: '办理中',
  DONE: '已办结',
  RATED: '已评价',
  CANCELLED: '已取消',
  CONVERTED: '已转民情事项',
};
registerEnumType(ServiceOrderStatus, {
  name: 'ServiceOrderStatus',
  description: '服务单状态 / Service order status',
  valuesConfig: Object.fromEntries(
    Object.entries(SERVICE_ORDER_STATUS_LABELS).map(([k, v]) => [k, { description: v }]),
  ),
});

/** What a caller may do to an order now (the board shows these buttons). */
export enum ServiceOrderAction {
  DISPATCH = 'DISPATCH',
  POST = 'POST',
  TAKE = 'TAKE',
  ACCEPT = 'ACCEPT',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  CONVERT = 'CONVERT',
}
registerEnumType(ServiceOrderAction, {
  name: 'ServiceOrderAction',
  description: '服务单操作 / Service order action',
  valuesConfig: {
    DISPATCH: { description: '派单给党员干部' },
    POST: { description: '发布到网格待接单' },
    TAKE: { description: '接单（网格内发布的单）' },
    ACCEPT: { description: '确认接单' },
    COMPLETE: { description: '办结' },
    CANCEL: { description: '取消' },
    CONVERT: { description: '转为民情事项' },
  },
});

/** The villager's rating of a done order (1 very dissatisfied … 5 very satisfied). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
