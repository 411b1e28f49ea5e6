import { registerEnumType } from 'type-graphql';
import { Role, hasRole, inJurisdiction, type Principal } from '@xiangzhi/auth';

/** A personal-data field that only `unmaskResident` (or an unmasked export) shows in plain text. */
export enum UnmaskField { ID_CARD_NO = 'ID_CARD_NO', PHONE = 'PHONE', HEALTH = 'HEALTH' }
export const UNMASK_FIELD_LABELS: Record<UnmaskField, string> = { ID_CARD_NO: '身份证号', PHONE: '联系电话', HEALTH: '健康状况' };
registerEnumType(UnmaskField, {
  name: 'UnmaskField',
  description: '可查看明文的个人信息字段 / Personal-data field that can be unmasked',
  valuesConfig: Object.fromEntries(Object.entries(UNMASK_FIELD_LABELS).map(([k, v]) => [k, { description: v }])),
});

/**
 * Roles that work with villagers by name and may see who is in a special group (低保, 重病重残 …).
 * Read-only roles (county departments, auditors, dashboards) and the 三员 do not.
 */
const PERSONAL_DATA_ROLES: Role[] = [
  Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_LEADER, Role.VILLAGE_SECRETARY, Role.VILLAGE_COMMITTEE, Role.GRID_LEADER, Role.CADRE,
];

/** Roles that may unmask every personal-data field of a resident inside their jurisdiction. */
const UNMASK_ROLES: Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_SECRETARY];

/** True when the caller may see sensitive household tags and other personal data (masked where masked). */
export function maySeePersonalData(p: Principal): boolean {
  return !hasRole(p, Role.API_CLIENT) && hasRole(p, ...PERSONAL_DATA_ROLES);
}

export interface UnmaskSubject {
  /** The village the resident's household belongs to. */
  divisionCode: string;
  /** True when the household is currently paired with the caller's cadre record. */
  pairedWithCaller: boolean;
}

/**
 * Who may read a field in plain text: village secretaries and township / county admins inside
 * their jurisdiction (every field); a cadre the phone of a household paired with them (to call
 * it). Dashboards (API clients) never, read-only roles never.
 */
export function mayUnmask(p: Principal, field: UnmaskField, subject: UnmaskSubject): boolean {
  if (hasRole(p, Role.API_CLIENT)) return false;
  if (hasRole(p, ...UNMASK_ROLES) && inJurisdiction(p, subject.divisionCode)) return true;
  return field === UnmaskField.PHONE && subject.pairedWithCaller && hasRole(p, Role.CADRE, Role.GRID_LEADER) && inJurisdiction(p, subject.divisionCode);
}

/** True when the caller may unmask a whole region at once (an unmasked register export). */
export function mayUnmaskRegion(p: Principal, regionCode: string): boolean {
  return !hasRole(p, Role.API_CLIENT) && hasRole(p, ...UNMASK_ROLES) && inJurisdiction(p, regionCode);
}
