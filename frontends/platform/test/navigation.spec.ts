import { Action, PERMISSIONS, Role, can, type Principal } from '@xiangzhi/auth';
import { describe, expect, it } from 'vitest';
import { MODULE_ROUTES, canSeeModule, homePath, moduleForPath, visibleModules } from '../src/navigation';

/** What `me.permissions` holds for an account of `role`: the server's table, nothing else. */
function permissionsOf(role: Role): string[] {
  const principal: Principal = {
    accountId: 'a',
    username: 'u',
    roles: [role],
    divisionCode: '430999001',
    gridIds: [],
    cadreId: null,
  };
  return Object.values(Action).filter((action) => can(principal, action));
}

const names = (role: Role) => visibleModules(permissionsOf(role)).map((route) => route.name);

describe('navigation by permission', () => {
  it('asks only for permissions the server’s table knows', () => {
    for (const route of MODULE_ROUTES)
      for (const permission of route.anyOf) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });

  it('shows village and township roles every business module, landing on governance', () => {
    expect(names(Role.VILLAGE_SECRETARY)).toEqual(['governance', 'meetings', 'points']);
    expect(names(Role.CADRE)).toEqual(['governance', 'meetings', 'points']);
    expect(homePath(permissionsOf(Role.TOWNSHIP_ADMIN))).toBe('/governance');
  });

  it('lands each of the 三员 on the admin module and shows them no business module', () => {
    for (const role of [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR]) {
      expect(names(role)).toEqual(['admin']);
      expect(homePath(permissionsOf(role))).toBe('/admin');
    }
  });

  it('never shows a business role the admin module', () => {
    for (const role of [
      Role.COUNTY_ADMIN,
      Role.TOWNSHIP_ADMIN,
      Role.VILLAGE_SECRETARY,
      Role.CADRE,
      Role.COUNTY_DEPARTMENT,
    ]) {
      expect(canSeeModule(permissionsOf(role), 'admin')).toBe(false);
    }
  });

  it('gives an account without permissions nothing', () => {
    expect(visibleModules([])).toEqual([]);
    expect(homePath([])).toBeNull();
  });

  it('matches module paths by prefix segment', () => {
    expect(moduleForPath('/meetings')?.name).toBe('meetings');
    expect(moduleForPath('/admin/audit')?.name).toBe('admin');
    expect(moduleForPath('/meetingsx')).toBeUndefined();
  });
});
