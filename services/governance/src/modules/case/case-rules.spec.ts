import { describe, expect, it } from 'vitest';
import { Role, type Principal } from '@xiangzhi/auth';
import { CaseAction, CaseLevel, CaseStatus } from './case.enums.js';
import { availableActions, divisionOfLevel, mayAct, stateProblem, type CaseFacts } from './case-rules.js';

const VILLAGE = '430999001001';
const GRID = '0190a000-0000-7000-8000-000000000001';
const who = (roles: Role[], divisionCode: string, extra: Partial<Principal> = {}): Principal => ({
  accountId: 'a',
  username: 'u',
  roles,
  divisionCode,
  gridIds: [],
  cadreId: null,
  ...extra,
});
const facts = (extra: Partial<CaseFacts> = {}): CaseFacts => ({
  status: CaseStatus.REPORTED,
  level: CaseLevel.GRID,
  originLevel: CaseLevel.GRID,
  villageCode: VILLAGE,
  divisionCode: VILLAGE,
  gridId: GRID,
  responsibleId: null,
  raisedByAccountId: 'someone',
  objectionUntil: null,
  hasPendingExtension: false,
  ...extra,
});

describe('case rules', () => {
  it('names the office of each level by its division code', () => {
    expect(divisionOfLevel(VILLAGE, CaseLevel.GRID)).toBe(VILLAGE);
    expect(divisionOfLevel(VILLAGE, CaseLevel.TOWNSHIP)).toBe('430999001');
    expect(divisionOfLevel(VILLAGE, CaseLevel.COUNTY)).toBe('430999');
  });

  it('lets the grid decide its grid cases, a cadre only work what it is responsible for', () => {
    const leader = who([Role.GRID_LEADER], VILLAGE, { gridIds: [GRID], cadreId: 'c1' });
    const cadre = who([Role.CADRE], VILLAGE, { cadreId: 'c2' });
    expect(availableActions(leader, facts(), new Date())).toEqual([CaseAction.ACCEPT, CaseAction.ESCALATE]);
    expect(availableActions(cadre, facts(), new Date())).toEqual([]);
    const assigned = facts({ status: CaseStatus.ASSIGNED, level: CaseLevel.VILLAGE, responsibleId: 'c2' });
    expect(availableActions(cadre, assigned, new Date())).toEqual([
      CaseAction.START,
      CaseAction.RESOLVE,
      CaseAction.REQUEST_EXTENSION,
    ]);
    expect(mayAct(cadre, CaseAction.ESCALATE, assigned)).toBe(false);
  });

  it('keeps the township out of village cases and the village out of township cases', () => {
    const town = who([Role.TOWNSHIP_ADMIN], '430999001');
    const secretary = who([Role.VILLAGE_SECRETARY], VILLAGE);
    const atTownship = facts({ status: CaseStatus.ESCALATED, level: CaseLevel.TOWNSHIP, divisionCode: '430999001' });
    expect(mayAct(town, CaseAction.ACCEPT, facts())).toBe(false);
    expect(mayAct(secretary, CaseAction.ACCEPT, atTownship)).toBe(false);
    expect(mayAct(town, CaseAction.RETURN, atTownship)).toBe(true);
    expect(availableActions(who([Role.COUNTY_DEPARTMENT], '430999'), facts(), new Date())).toEqual([]);
    expect(availableActions(who([Role.AUDITOR], '430999'), facts(), new Date())).toEqual([]);
  });

  it('reopens a closed case only inside the objection window', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const closed = (until: string) => facts({ status: CaseStatus.CLOSED, objectionUntil: new Date(until) });
    expect(stateProblem(CaseAction.REOPEN, closed('2026-12-03T00:00:00Z'), now)).toBeNull();
    expect(stateProblem(CaseAction.REOPEN, closed('2026-12-01T00:00:00Z'), now)).toMatch(/异议期/);
  });
});
