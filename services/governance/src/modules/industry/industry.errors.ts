import { entityNotFound, invalidInput, type AppError } from '@xiangzhi/subgraph-kit';

/** A bad value in a need, a match or a follow-up: `INDUSTRY_NEED_<FIELD>_INVALID` (a move the states refuse too). */
export const needInput = invalidInput('INDUSTRY_NEED');
/** A bad value in a resource: `INDUSTRY_RESOURCE_<FIELD>_INVALID`. */
export const resourceInput = invalidInput('INDUSTRY_RESOURCE');

export const needNotFound = (field = 'needId'): AppError =>
  entityNotFound('INDUSTRY_NEED', field, '产业需求不存在或不在您的管辖范围内');
export const resourceNotFound = (field = 'resourceId'): AppError =>
  entityNotFound('INDUSTRY_RESOURCE', field, '产业资源不存在、已停用或不在您的管辖范围内');
export const matchNotFound = (field = 'matchId'): AppError =>
  entityNotFound('INDUSTRY_MATCH', field, '对接记录不存在或不在您的管辖范围内');
export const householdNotFound = (field = 'householdId'): AppError =>
  entityNotFound('HOUSEHOLD', field, '农户不存在或不在您的管辖范围内');

/** Trimmed text of 1–max characters (or up to max when optional), else `<MODULE>_<FIELD>_INVALID`. */
export function checkText(
  fail: (field: string, message: string) => AppError,
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required = true,
): string | null {
  const v = value?.trim() || null;
  if (!v && required) throw fail(field, `请填写${label}`);
  if (v && v.length > max) throw fail(field, `${label}不能超过 ${max} 个字`);
  return v;
}
