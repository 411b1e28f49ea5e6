import { AppError, charCount, entityNotFound, errorTable, hasControlChars, invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in a service order: `SERVICE_ORDER_<FIELD>_INVALID` with the field and the message. */
export const serviceOrderInput = invalidInput('SERVICE_ORDER');

export enum ServiceOrderErrorCode {
  /** A made-up, malformed or revoked household code: one answer for all, so nothing leaks. */
  CODE_INVALID = 'SERVICE_ORDER_CODE_INVALID',
  RATE_LIMITED = 'SERVICE_ORDER_RATE_LIMITED',
  TRANSITION_INVALID = 'SERVICE_ORDER_TRANSITION_INVALID',
  VERSION_CONFLICT = 'SERVICE_ORDER_VERSION_CONFLICT',
  TOO_MANY_OPEN = 'SERVICE_ORDER_TOO_MANY_OPEN',
}

export const serviceOrderError = errorTable<ServiceOrderErrorCode>({
  SERVICE_ORDER_CODE_INVALID: { field: 'code', message: '二维码无效或已停用，请联系您的联户干部' },
  SERVICE_ORDER_RATE_LIMITED: { message: '操作过于频繁，请一分钟后再试' },
  SERVICE_ORDER_TRANSITION_INVALID: { message: '服务单当前状态不能进行此操作' },
  SERVICE_ORDER_VERSION_CONFLICT: { field: 'version', message: '服务单已被他人修改，请刷新后重试' },
  SERVICE_ORDER_TOO_MANY_OPEN: { message: '您家还有 5 件服务正在办理，请办结后再点单' },
});

export const orderNotFound = (field = 'id'): AppError =>
  entityNotFound('SERVICE_ORDER', field, '服务单不存在或不在您的管辖范围内');

/** A free text of an order, trimmed: required or not, at most `max` characters, no control characters. */
export function orderText(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required: boolean,
): string | null {
  const t = (value ?? '').trim();
  if (required && !t) throw serviceOrderInput(field, `请填写${label}`);
  if (charCount(t) > max) throw serviceOrderInput(field, `${label}不能超过 ${max} 个字`);
  if (hasControlChars(t, true)) throw serviceOrderInput(field, `${label}含有不可见的控制字符`);
  return t || null;
}
