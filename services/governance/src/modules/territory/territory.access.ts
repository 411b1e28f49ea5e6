import { READ_ONLY_ROLES, Role, hasRole, inJurisdiction, type Principal } from '@xiangzhi/auth';
import { forbidden } from '@xiangzhi/subgraph-kit';

/** Who shapes the territory (villager groups, grids, grid posts): county and township admins, village secretaries. */
export const TERRITORY_MANAGERS: readonly Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_SECRETARY];

/** Who may move a household between area grids: the managers and the village committee that keeps the register. */
export const REGISTER_CLERKS: readonly Role[] = [...TERRITORY_MANAGERS, Role.VILLAGE_COMMITTEE];

/** Refuses read-only roles (county departments, auditors, API clients) before anything else. */
export function assertCanWrite(principal: Principal): void {
  if (principal.roles.some((r) => READ_ONLY_ROLES.has(r))) throw forbidden('只读账号不能修改数据');
}

/** The caller holds one of `roles` and `divisionCode` lies inside the caller's jurisdiction. */
export function assertManages(principal: Principal, divisionCode: string, roles: readonly Role[], what: string): void {
  assertCanWrite(principal);
  if (!hasRole(principal, ...roles)) throw forbidden(`您的角色不能${what}`);
  if (!inJurisdiction(principal, divisionCode)) throw forbidden(`区划 ${divisionCode} 不在您的管辖范围内，不能${what}`);
}
