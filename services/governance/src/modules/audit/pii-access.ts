import { registerEnumType } from 'type-graphql';
import { Action, can, type Principal } from '@xiangzhi/auth';

/** A personal-data field that only `unmaskResident` (or an unmasked export) shows in plain text. */
export enum UnmaskField {
  ID_CARD_NO = 'ID_CARD_NO',
  PHONE = 'PHONE',
  HEALTH = 'HEALTH',
}
export const UNMASK_FIELD_LABELS: Record<UnmaskField, string> = {
  ID_CARD_NO: '身份证号',
  PHONE: '联系电话',
  HEALTH: '健康状况',
};
registerEnumType(UnmaskField, {
  name: 'UnmaskField',
  description: '可查看明文的个人信息字段 / Personal-data field that can be unmasked',
  valuesConfig: Object.fromEntries(Object.entries(UNMASK_FIELD_LABELS).map(([k, v]) => [k, { description: v }])),
});

/**
 * Whether the caller may see who is in a special group (低保, 重病重残 …), full birth dates and
 * other personal data (masked where masked): the table's PERSONAL_DATA_READ. County departments,
 * dashboards and the 三员 may not.
 */
export function maySeePersonalData(p: Principal): boolean {
  return can(p, Action.PERSONAL_DATA_READ);
}

export interface UnmaskSubject {
  /** The village the resident's household belongs to. */
  divisionCode: string;
  /** True when the household is currently paired with the caller's cadre record. */
  pairedWithCaller: boolean;
}

/** The action that shows a field in plain text: PHONE_UNMASK for phones, PII_UNMASK for the rest. */
export const unmaskAction = (field: UnmaskField): Action =>
  field === UnmaskField.PHONE ? Action.PHONE_UNMASK : Action.PII_UNMASK;

/**
 * Who may read a field in plain text (the table's PII_UNMASK / PHONE_UNMASK): village secretaries
 * and township / county admins inside their jurisdiction (every field); a cadre or grid leader
 * the phone of a household paired with them (to call it) — not of every household of the grid.
 */
export function mayUnmask(p: Principal, field: UnmaskField, subject: UnmaskSubject): boolean {
  return can(p, unmaskAction(field), { divisionCode: subject.divisionCode, own: subject.pairedWithCaller });
}

/** True when the caller may unmask a whole region at once (an unmasked register export). */
export function mayUnmaskRegion(p: Principal, regionCode: string): boolean {
  return can(p, Action.PII_UNMASK, { divisionCode: regionCode, own: false });
}
