import { Action, Role, can, type Principal } from '@xiangzhi/auth';
import { describe, expect, it } from 'vitest';
import { canOpen, navItemsFor } from '../src/lib/access';

/** `me.permissions` of an account with these roles: exactly what the server's table grants. */
function grantsOf(...roles: Role[]): string[] {
  const principal: Principal = {
    accountId: 'a',
    username: 'u',
    roles,
    divisionCode: '430999001001',
    gridIds: [],
    cadreId: null,
  };
  return Object.values(Action).filter((action) => can(principal, action));
}
const pages = (...roles: Role[]) => navItemsFor(grantsOf(...roles)).map((item) => item.page);

describe('the patrol log and supervision cards in the nav, from the permission table', () => {
  it('every field and office role has both; the 三员 neither', () => {
    for (const role of [
      Role.CADRE,
      Role.GRID_LEADER,
      Role.VILLAGE_SECRETARY,
      Role.TOWNSHIP_ADMIN,
      Role.COUNTY_DEPARTMENT,
    ]) {
      expect(pages(role)).toEqual(expect.arrayContaining(['patrol', 'supervision']));
    }
    for (const role of [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR]) {
      expect(canOpen(grantsOf(role), 'patrol')).toBe(false);
      expect(canOpen(grantsOf(role), 'supervision')).toBe(false);
    }
  });
});
