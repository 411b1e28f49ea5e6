import { Role, hasRole, type Principal } from '@xiangzhi/auth';

/**
 * Who may export the register (everyone who works with households; not dashboards, which see
 * aggregates only, nor the 三员, who administer the system) and who may export it unmasked:
 * those who keep a register (village secretary, township and county administrators). The
 * register API's unmask permission should be the same rule: when modules/audit defines one,
 * this should call it.
 */
const EXPORT_ROLES: Role[] = [
  Role.COUNTY_ADMIN, Role.COUNTY_DEPARTMENT, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_LEADER,
  Role.VILLAGE_SECRETARY, Role.VILLAGE_COMMITTEE, Role.GRID_LEADER, Role.CADRE,
];
const UNMASK_ROLES: Role[] = [Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.VILLAGE_SECRETARY];

export const mayExportRegister = (p: Principal): boolean => hasRole(p, ...EXPORT_ROLES) && !p.roles.includes(Role.API_CLIENT);

/** May see the register's ID numbers, phones and sensitive tags in an export. */
export const canUnmaskRegister = (p: Principal): boolean => hasRole(p, ...UNMASK_ROLES);
