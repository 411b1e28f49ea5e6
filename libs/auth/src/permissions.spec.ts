import { describe, expect, it } from 'vitest';
import { Action, PERMISSIONS, Role, can, authorize, scopeOf, effectiveRoles, AccessDeniedError } from './index.js';
import type { Principal } from './index.js';

const who = (roles: Role[], divisionCode = '430999001001', extra: Partial<Principal> = {}): Principal => ({
  accountId: 'a',
  username: 'u',
  roles,
  divisionCode,
  gridIds: [],
  cadreId: null,
  ...extra,
});

const BUSINESS = [
  Action.REGISTER_READ,
  Action.REGISTER_WRITE,
  Action.PERSONAL_DATA_READ,
  Action.PII_UNMASK,
  Action.PHONE_UNMASK,
  Action.MEETING_READ,
  Action.MEETING_WRITE,
  Action.POINTS_READ,
  Action.POINTS_AWARD,
  Action.AGGREGATE_READ,
  Action.REGISTER_EXPORT,
  Action.ROSTER_READ,
  Action.VISIT_RECORD,
];

describe('the permission table', () => {
  it('gives the 三员 no business action at all, even beside a business role', () => {
    for (const r of [Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR]) {
      for (const a of BUSINESS) {
        expect(can(who([r], '430999'), a), `${r} ${a}`).toBe(false);
        expect(can(who([r, Role.COUNTY_ADMIN], '430999'), a), `${r}+admin ${a}`).toBe(false);
      }
    }
  });
  it('splits the three duties: accounts, roles and unlocking, audit', () => {
    const sys = who([Role.SYSTEM_ADMIN], '430999');
    const sec = who([Role.SECURITY_ADMIN], '430999');
    const aud = who([Role.AUDITOR], '430999');
    expect([can(sys, Action.ACCOUNT_MANAGE), can(sec, Action.ACCOUNT_MANAGE), can(aud, Action.ACCOUNT_MANAGE)]).toEqual(
      [true, false, false],
    );
    expect([can(sys, Action.ROLE_ASSIGN), can(sec, Action.ROLE_ASSIGN), can(aud, Action.ROLE_ASSIGN)]).toEqual([
      false,
      true,
      false,
    ]);
    expect([can(sys, Action.ACCOUNT_UNLOCK), can(sec, Action.ACCOUNT_UNLOCK)]).toEqual([false, true]);
    expect([can(sys, Action.AUDIT_READ), can(sec, Action.AUDIT_READ), can(aud, Action.AUDIT_READ)]).toEqual([
      false,
      false,
      true,
    ]);
    expect([can(sys, Action.INTROSPECT), can(sec, Action.INTROSPECT), can(aud, Action.INTROSPECT)]).toEqual([
      true,
      false,
      false,
    ]);
  });
  it('lets a dashboard client read aggregates only, never personal data, whatever else it holds', () => {
    expect(can(who([Role.API_CLIENT], '430999'), Action.AGGREGATE_READ)).toBe(true);
    expect(can(who([Role.API_CLIENT, Role.COUNTY_ADMIN], '430999'), Action.PERSONAL_DATA_READ)).toBe(false);
    expect(can(who([Role.API_CLIENT], '430999'), Action.REGISTER_READ)).toBe(false);
    expect(effectiveRoles(who([Role.API_CLIENT, Role.COUNTY_ADMIN]))).toEqual([Role.API_CLIENT]);
  });
  it('keeps read-only county departments from every write and from personal data', () => {
    const dept = who([Role.COUNTY_DEPARTMENT], '430999');
    expect(can(dept, Action.REGISTER_READ)).toBe(true);
    for (const a of [
      Action.REGISTER_WRITE,
      Action.MEETING_WRITE,
      Action.POINTS_AWARD,
      Action.PERSONAL_DATA_READ,
      Action.PII_UNMASK,
    ]) {
      expect(can(dept, a), a).toBe(false);
    }
  });
  it('checks the target: the jurisdiction by division code, own pairs and grids for cadres', () => {
    const sec = who([Role.VILLAGE_SECRETARY]);
    expect(can(sec, Action.PII_UNMASK, { divisionCode: '430999001001' })).toBe(true);
    expect(can(sec, Action.PII_UNMASK, { divisionCode: '430999001002' })).toBe(false);
    expect(can(sec, Action.MEETING_WRITE, { divisionCode: '430999001' })).toBe(false);
    const cadre = who([Role.CADRE], '430999001001', { cadreId: 'c', gridIds: ['g1'] });
    expect(can(cadre, Action.PHONE_UNMASK, { divisionCode: '430999001001', own: true })).toBe(true);
    expect(can(cadre, Action.PHONE_UNMASK, { divisionCode: '430999001001', own: false })).toBe(false);
    expect(can(cadre, Action.PHONE_UNMASK, { divisionCode: '430999001002', own: true })).toBe(false);
    expect(can(cadre, Action.REGISTER_WRITE, { divisionCode: '430999001001', gridId: 'g1' })).toBe(true);
    expect(can(cadre, Action.REGISTER_WRITE, { divisionCode: '430999001001', gridId: 'g2' })).toBe(false);
    expect(can(cadre, Action.PII_UNMASK, { divisionCode: '430999001001', own: true })).toBe(false);
    expect(scopeOf(cadre, Action.REGISTER_READ)).toBe('OWN');
    expect(scopeOf(who([Role.CADRE, Role.VILLAGE_SECRETARY]), Action.REGISTER_READ)).toBe('JURISDICTION');
  });
  it('refuses a principal without a division code any division target', () => {
    expect(can(who([Role.COUNTY_ADMIN], ''), Action.REGISTER_READ, { divisionCode: '430999' })).toBe(false);
  });
  it('throws a Chinese AccessDeniedError', () => {
    expect(() => authorize(who([Role.CADRE]), Action.POINTS_AWARD)).toThrow(AccessDeniedError);
    expect(() => authorize(who([Role.CADRE]), Action.POINTS_AWARD)).toThrow(/积分/);
  });
  it('refuses every action to a principal who must change the password first', () => {
    const fresh = who([Role.COUNTY_ADMIN], '430999', { mustChangePassword: true });
    for (const a of Object.values(Action)) expect(can(fresh, a), a).toBe(false);
    expect(scopeOf(fresh, Action.REGISTER_READ)).toBeNull();
    expect(can(who([Role.SYSTEM_ADMIN], '430999', { mustChangePassword: true }), Action.ACCOUNT_MANAGE)).toBe(false);
  });
  it('has an entry for every action', () => {
    for (const a of Object.values(Action)) expect(PERMISSIONS[a], a).toBeDefined();
  });
});

describe('role assignment', () => {
  it('grants a separate duty alone and each role at its division level', async () => {
    const { roleAssignmentProblem } = await import('./index.js');
    expect(roleAssignmentProblem([Role.VILLAGE_SECRETARY], '430999001001')).toBeNull();
    expect(roleAssignmentProblem([Role.AUDITOR, Role.COUNTY_ADMIN], '430999')).toMatch(/须单独授予/);
    expect(roleAssignmentProblem([Role.VILLAGE_SECRETARY], '430999001')).toMatch(/村级区划/);
    expect(roleAssignmentProblem([Role.SYSTEM_ADMIN], '430999001001')).toBeNull();
  });
});
