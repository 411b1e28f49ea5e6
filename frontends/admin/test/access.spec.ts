import { Action, Role, can, type Principal } from '@xiangzhi/auth';
import { describe, expect, it, vi } from 'vitest';

// The platform entry creates page singletons (window, the session); access needs its navigation only.
vi.mock('@xiangzhi/platform', async () => import('@xiangzhi/platform/navigation'));

import { canAssignRoles, canManageAccounts, canOpen, canUnlock, navItemsFor } from '../src/lib/access';

/** `me.permissions` of an account with this role: exactly what the server's table grants. */
function grantsOf(role: Role): string[] {
  const principal: Principal = {
    accountId: 'a',
    username: 'u',
    roles: [role],
    divisionCode: '430999',
    gridIds: [],
    cadreId: null,
  };
  return Object.values(Action).filter((action) => can(principal, action));
}

const tabs = (role: Role) => navItemsFor(grantsOf(role)).map((item) => item.tab);

describe('the admin pages of each of the 三员', () => {
  it('the system administrator manages accounts, but neither roles nor unlocking', () => {
    const grants = grantsOf(Role.SYSTEM_ADMIN);
    expect(tabs(Role.SYSTEM_ADMIN)).toEqual(['accounts']);
    expect(canManageAccounts(grants)).toBe(true);
    expect(canAssignRoles(grants)).toBe(false);
    expect(canUnlock(grants)).toBe(false);
    expect(canOpen(grants, 'account-new')).toBe(true);
    expect(canOpen(grants, 'audit')).toBe(false);
  });

  it('the security administrator sees the accounts, assigns roles, unlocks, keeps the security settings', () => {
    const grants = grantsOf(Role.SECURITY_ADMIN);
    expect(tabs(Role.SECURITY_ADMIN)).toEqual(['accounts', 'security']);
    expect(canManageAccounts(grants)).toBe(false);
    expect(canAssignRoles(grants)).toBe(true);
    expect(canUnlock(grants)).toBe(true);
    expect(canOpen(grants, 'account-new')).toBe(false);
  });

  it('the auditor reads the audit log only', () => {
    expect(tabs(Role.AUDITOR)).toEqual(['audit']);
    expect(canOpen(grantsOf(Role.AUDITOR), 'accounts')).toBe(false);
  });

  it('a business role has no admin page', () => {
    for (const role of [Role.COUNTY_ADMIN, Role.VILLAGE_SECRETARY, Role.CADRE]) expect(tabs(role)).toEqual([]);
  });
});
