import { Action, Role, can, type Principal } from '@xiangzhi/auth';
import { describe, expect, it } from 'vitest';
import { canMoveHousehold, canOpen, canUnmask, canUnmaskPhone, canWrite, navItemsFor } from '../src/lib/access';

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

describe('what each account sees in the module, from its permissions', () => {
  it('a village secretary has every page', () => {
    expect(pages(Role.VILLAGE_SECRETARY)).toEqual([
      'households',
      'visit-new',
      'territory',
      'pairing',
      'visits',
      'import',
      'cards',
      'todo',
      'cases',
      'meetings',
      'figures',
      'service-orders',
      'patrol',
      'supervision',
      'policies',
      'industry',
    ]);
    expect(canUnmask(grantsOf(Role.VILLAGE_SECRETARY))).toBe(true);
    expect(canMoveHousehold(grantsOf(Role.VILLAGE_SECRETARY))).toBe(true);
  });

  it('a cadre has the register and visit entry, and may reveal phones only', () => {
    const cadre = grantsOf(Role.CADRE);
    expect(pages(Role.CADRE)).toEqual([
      'households',
      'visit-new',
      'todo',
      'cases',
      'service-orders',
      'patrol',
      'supervision',
      'policies',
      'industry',
    ]);
    expect(canUnmask(cadre)).toBe(false);
    expect(canUnmaskPhone(cadre)).toBe(true);
    expect(canMoveHousehold(cadre)).toBe(false);
    expect(canOpen(cadre, 'import')).toBe(false);
    expect(canOpen(cadre, 'household')).toBe(true);
  });

  it('a county department reads but never writes', () => {
    const department = grantsOf(Role.COUNTY_DEPARTMENT);
    expect(canWrite(department)).toBe(false);
    expect(pages(Role.COUNTY_DEPARTMENT)).toEqual([
      'households',
      'territory',
      'pairing',
      'visits',
      'cases',
      'meetings',
      'figures',
      'service-orders',
      'patrol',
      'supervision',
      'policies',
      'industry',
    ]);
    expect(canUnmaskPhone(department)).toBe(false);
  });

  it('a township leader works at the desk; a village committee member may also move households', () => {
    expect(pages(Role.TOWNSHIP_LEADER)).toEqual([
      'households',
      'visit-new',
      'territory',
      'pairing',
      'visits',
      'import',
      'cards',
      'todo',
      'cases',
      'meetings',
      'figures',
      'service-orders',
      'patrol',
      'supervision',
      'policies',
      'industry',
    ]);
    expect(canMoveHousehold(grantsOf(Role.TOWNSHIP_LEADER))).toBe(false);
    expect(canMoveHousehold(grantsOf(Role.VILLAGE_COMMITTEE))).toBe(true);
  });

  it('the 三员 see nothing of the register, not even a household by its link', () => {
    for (const role of [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR]) {
      expect(pages(role)).toEqual([]);
      expect(canOpen(grantsOf(role), 'household')).toBe(false);
      expect(canOpen(grantsOf(role), 'case')).toBe(false);
    }
  });

  it('the case ledger: readers open a case, only the field raises one (民情台账, 我的待办)', () => {
    const department = grantsOf(Role.COUNTY_DEPARTMENT);
    expect(canOpen(department, 'case')).toBe(true);
    expect(canOpen(department, 'case-new')).toBe(false);
    expect(canOpen(department, 'todo')).toBe(false);
    const cadre = grantsOf(Role.CADRE);
    expect(canOpen(cadre, 'case-new')).toBe(true);
    expect(canOpen(cadre, 'todo')).toBe(true);
  });
});
