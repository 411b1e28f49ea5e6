import { Role, hasRole, type Principal } from '@xiangzhi/auth';

/**
 * Who may export the register: everyone who works with households, and county departments
 * (masked, without sensitive tags); not dashboards, which see aggregates only, nor the 三员, who
 * administer the system. Unmasking and sensitive tags follow modules/audit/pii-access.ts.
 */
const EXPORT_ROLES: Role[] = [
  Role.COUNTY_ADMIN, Role.COUNTY_DEPARTMENT, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_LEADER,
  Role.VILLAGE_SECRETARY, Role.VILLAGE_COMMITTEE, Role.GRID_LEADER, Role.CADRE,
];

export const mayExportRegister = (p: Principal): boolean => hasRole(p, ...EXPORT_ROLES) && !hasRole(p, Role.API_CLIENT);
