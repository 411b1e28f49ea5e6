import { DivisionLevel, divisionLevel } from './division.js';
import { SEPARATE_DUTY_ROLES } from './permissions.js';
import { ROLE_LABELS, Role } from './roles.js';

/**
 * The division levels each role's work is organised at: a village secretary needs a village
 * code, a township admin a township code. The 三员 and API clients work at any level.
 */
export const ROLE_DIVISION_LEVELS: Readonly<Record<Role, readonly DivisionLevel[]>> = {
  COUNTY_ADMIN: ['COUNTY'],
  COUNTY_DEPARTMENT: ['COUNTY'],
  TOWNSHIP_ADMIN: ['TOWNSHIP'],
  TOWNSHIP_LEADER: ['TOWNSHIP'],
  VILLAGE_SECRETARY: ['VILLAGE'],
  VILLAGE_COMMITTEE: ['VILLAGE'],
  GRID_LEADER: ['VILLAGE'],
  CADRE: ['TOWNSHIP', 'VILLAGE'],
  SYSTEM_ADMIN: ['COUNTY', 'TOWNSHIP', 'VILLAGE'],
  SECURITY_ADMIN: ['COUNTY', 'TOWNSHIP', 'VILLAGE'],
  AUDITOR: ['COUNTY', 'TOWNSHIP', 'VILLAGE'],
  API_CLIENT: ['COUNTY', 'TOWNSHIP', 'VILLAGE'],
};

const LEVEL_LABELS: Record<DivisionLevel, string> = { COUNTY: '县级', TOWNSHIP: '乡镇级', VILLAGE: '村级' };
/** Roles in Chinese, 、-separated (无 for none): audit details and messages. */
export const roleNames = (roles: readonly Role[]): string =>
  roles.length ? roles.map((r) => ROLE_LABELS[r]).join('、') : '无';

/**
 * Why a set of roles may not be granted to an account of `divisionCode` (in Chinese), or null:
 * a separate duty (三员, API client) goes alone, and each role fits its division level.
 */
export function roleAssignmentProblem(roles: readonly Role[], divisionCode: string): string | null {
  const separate = roles.filter((r) => SEPARATE_DUTY_ROLES.has(r));
  if (separate.length && roles.length > 1) {
    return `${roleNames(separate)}须单独授予：三员（系统管理员、安全管理员、安全审计员）和数据接口客户端不能与其他角色同时授予同一账号`;
  }
  const level = divisionLevel(divisionCode);
  const misfit = roles.find((r) => !level || !ROLE_DIVISION_LEVELS[r].includes(level));
  if (misfit) {
    const wanted = ROLE_DIVISION_LEVELS[misfit].map((l) => LEVEL_LABELS[l]).join('或');
    return `“${ROLE_LABELS[misfit]}”须用于${wanted}区划的账号，该账号的管辖区划是 ${divisionCode}`;
  }
  return null;
}
