import { READ_ONLY_ROLES, Role, hasRole, inJurisdiction, type Principal } from '@xiangzhi/auth';
import { forbidden } from '@xiangzhi/subgraph-kit';

/** Who arranges cadres and pairings (联户安排): the township and the village organisation. */
export const PAIRING_MANAGERS: readonly Role[] = [
  Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_LEADER, Role.VILLAGE_SECRETARY, Role.VILLAGE_COMMITTEE,
];

/** True when the caller may change cadres and pairings somewhere (a read-only or plain cadre account may not). */
export const canManagePairings = (p: Principal): boolean => hasRole(p, ...PAIRING_MANAGERS);

/** Refuses read-only and plain cadre accounts, and any division outside the caller's jurisdiction. */
export function assertCanManage(p: Principal, divisionCode: string): void {
  if (!canManagePairings(p)) {
    throw forbidden(p.roles.some((r) => READ_ONLY_ROLES.has(r)) ? '只读账号不能修改数据' : '只有乡镇、村党组织可以安排党员干部和联户');
  }
  if (!inJurisdiction(p, divisionCode)) throw forbidden('不在您的管辖范围内，不能修改');
}
