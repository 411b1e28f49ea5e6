/** Roles of DESIGN.md "Access". Portal roles are scoped by division code; the 三员 are separate duties. */
export enum Role {
  COUNTY_ADMIN = 'COUNTY_ADMIN',
  COUNTY_DEPARTMENT = 'COUNTY_DEPARTMENT',
  TOWNSHIP_ADMIN = 'TOWNSHIP_ADMIN',
  TOWNSHIP_LEADER = 'TOWNSHIP_LEADER',
  VILLAGE_SECRETARY = 'VILLAGE_SECRETARY',
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  GRID_LEADER = 'GRID_LEADER',
  CADRE = 'CADRE',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDITOR = 'AUDITOR',
  API_CLIENT = 'API_CLIENT',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.COUNTY_ADMIN]: '县级管理员',
  [Role.COUNTY_DEPARTMENT]: '县直部门',
  [Role.TOWNSHIP_ADMIN]: '乡镇管理员',
  [Role.TOWNSHIP_LEADER]: '包村领导',
  [Role.VILLAGE_SECRETARY]: '村党组织书记',
  [Role.VILLAGE_COMMITTEE]: '村两委成员',
  [Role.GRID_LEADER]: '网格长',
  [Role.CADRE]: '联户党员干部',
  [Role.SYSTEM_ADMIN]: '系统管理员',
  [Role.SECURITY_ADMIN]: '安全管理员',
  [Role.AUDITOR]: '安全审计员',
  [Role.API_CLIENT]: '数据接口客户端',
};
