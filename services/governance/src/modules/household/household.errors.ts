import { AppError, CommonErrorCode, entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

/** Errors of the household register, each with its Chinese message. */
export enum HouseholdErrorCode {
  /** Another household (of any village) already holds the ID number. */
  DUPLICATE_ID_CARD = 'DUPLICATE_ID_CARD',
  /** The head cannot leave while other members remain. */
  HEAD_NOT_REMOVABLE = 'HEAD_NOT_REMOVABLE',
  /** The resident has no value for the field asked to unmask. */
  NO_VALUE = 'NO_VALUE',
  /** Too many exact lookups by ID number or phone in the window (per account). */
  RATE_LIMITED = 'RATE_LIMITED',
}

const MESSAGES: Record<HouseholdErrorCode, string> = {
  [HouseholdErrorCode.DUPLICATE_ID_CARD]: '该身份证号已登记在册，同一人不能重复登记',
  [HouseholdErrorCode.HEAD_NOT_REMOVABLE]: '户主不能删除：本户还有其他家庭成员',
  [HouseholdErrorCode.NO_VALUE]: '该成员未登记此项信息',
  [HouseholdErrorCode.RATE_LIMITED]: '按身份证号或电话查找过于频繁，请稍后再试',
};

/** A bad value in a register input: `HOUSEHOLD_<FIELD>_INVALID` with the field and the message. */
export const householdInput = invalidInput('HOUSEHOLD');

export const householdError = (code: HouseholdErrorCode, field?: string, message?: string): AppError =>
  new AppError(code, message ?? MESSAGES[code], field);

/** Missing and out-of-jurisdiction look the same, so a caller learns nothing about other villages. */
export const notVisible = (
  what: '农户' | '家庭成员' = '农户',
  field = what === '农户' ? 'householdId' : 'id',
): AppError => entityNotFound(what === '农户' ? 'HOUSEHOLD' : 'RESIDENT', field, `${what}不存在或不在您的管辖范围内`);

export const staleVersion = (): AppError =>
  new AppError(CommonErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试', 'version');
