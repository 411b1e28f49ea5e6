import { describe, expect, it } from 'vitest';
import { AccessDeniedError, Role, type Principal } from '@xiangzhi/auth';
import { AppError } from '@xiangzhi/subgraph-kit';
import { validateRequest, type PointRequestInput } from './point-approval.service.js';
import { PointRequestKind } from './point-entry-request.entity.js';

const A = '430999001001';
const CADRE = '0196a1b2-0000-7000-8000-00000000000a';
const ENTRY = '0196a1b2-0000-7000-8000-00000000000e';
const who = (role: Role, divisionCode = A, cadreId: string | null = null): Principal => ({
  accountId: '0196a1b2-0000-7000-8000-0000000000ff',
  username: 'u',
  roles: [role],
  divisionCode,
  gridIds: [],
  cadreId,
});
const NOW = Date.UTC(2026, 5, 1);
const input = (over: Partial<PointRequestInput> = {}): PointRequestInput => ({
  kind: PointRequestKind.COMMENDATION,
  cadreId: CADRE,
  points: 5,
  reason: '抗洪抢险表现突出',
  month: '2026-05',
  ...over,
});
const failure = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('validateRequest', () => {
  it('normalises a valid commendation, deduction and correction', () => {
    expect(validateRequest(who(Role.VILLAGE_SECRETARY), input({ reason: ' 抗洪抢险 ' }), NOW)).toEqual({
      ...input({ reason: '抗洪抢险' }),
      correctsEntryId: null,
    });
    const deduction = input({ kind: PointRequestKind.DEDUCTION, points: -3, reason: '受党内警告处分' });
    expect(validateRequest(who(Role.TOWNSHIP_ADMIN, '430999001'), deduction, NOW).points).toBe(-3);
    const correction = input({ kind: PointRequestKind.CORRECTION, points: -2, correctsEntryId: ENTRY });
    expect(validateRequest(who(Role.VILLAGE_SECRETARY), correction, NOW).correctsEntryId).toBe(ENTRY);
  });
  it.each([
    [{ cadreId: 'abc' }, 'CADRE_NOT_FOUND', 'cadreId'],
    [{ points: 0 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ points: 1.5 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ points: 1001 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ points: -2 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ kind: PointRequestKind.DEDUCTION, points: 2 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ reason: '' }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ reason: '因'.repeat(201) }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ reason: '抗洪\n抢险' }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ month: '2026-07' }, 'POINT_REQUEST_MONTH_INVALID', 'month'],
    [{ month: '1999-12' }, 'POINT_REQUEST_MONTH_INVALID', 'month'],
    [{ month: '2026-5' }, 'POINT_REQUEST_MONTH_INVALID', 'month'],
    [{ correctsEntryId: ENTRY }, 'POINT_REQUEST_CORRECTS_ENTRY_ID_INVALID', 'correctsEntryId'],
    [{ kind: PointRequestKind.CORRECTION }, 'POINT_REQUEST_CORRECTS_ENTRY_ID_INVALID', 'correctsEntryId'],
    [{ kind: PointRequestKind.CORRECTION, correctsEntryId: 'x' }, 'POINT_ENTRY_NOT_FOUND', 'correctsEntryId'],
  ])('refuses %j with %s on %s', (over, code, field) => {
    const e = failure(() => validateRequest(who(Role.VILLAGE_SECRETARY), input(over), NOW));
    expect({ code: e.code, field: e.field }).toEqual({ code, field });
  });
  it('refuses points for oneself with FORBIDDEN', () => {
    expect(failure(() => validateRequest(who(Role.VILLAGE_SECRETARY, A, CADRE.toUpperCase()), input(), NOW)).code).toBe(
      'FORBIDDEN',
    );
  });
  it.each([
    Role.COUNTY_DEPARTMENT,
    Role.AUDITOR,
    Role.API_CLIENT,
    Role.SYSTEM_ADMIN,
    Role.VILLAGE_COMMITTEE,
    Role.CADRE,
  ])('refuses %s, who may not ask for points', (role) => {
    expect(() => validateRequest(who(role, '430999'), input(), NOW)).toThrow(AccessDeniedError);
  });
});
