import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type Principal } from '@xiangzhi/auth';
import { AppError } from '@xiangzhi/subgraph-kit';
import { MeetingKind } from './meeting.entity.js';
import { MeetingService, canWrite, validateNewMeeting, type MeetingInput } from './meeting.service.js';

const A = '430999001001';
const who = (role: Role, divisionCode = A): Principal => ({ accountId: 'acc', username: 'u', roles: [role], divisionCode, gridIds: [], cadreId: null });
const NOW = Date.UTC(2026, 5, 1);
const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
  kind: MeetingKind.VILLAGERS_FORUM, villageCode: A, date: new Date('2026-05-10T09:00:00Z'), title: '五月说事会', ...over,
});
const failure = (fn: () => unknown): AppError => {
  try { fn(); } catch (e) { if (e instanceof AppError) return e; throw e; }
  throw new Error('expected an AppError');
};

describe('validateNewMeeting', () => {
  it('normalises a valid meeting', () => {
    const m = validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ title: '  五月说事会 ', minutes: '  ', chairCadreId: '' }), NOW);
    expect(m).toEqual({ kind: MeetingKind.VILLAGERS_FORUM, villageCode: A, date: new Date('2026-05-10T09:00:00Z'), title: '五月说事会', chairCadreId: null, minutes: null });
  });
  it('lets a township user record for any of its villages', () => {
    expect(validateNewMeeting(who(Role.TOWNSHIP_ADMIN, '430999001'), input({ villageCode: '430999001007' }), NOW).villageCode).toBe('430999001007');
  });
  it.each([
    [{ kind: 'PICNIC' as MeetingKind }, 'kind'],
    [{ villageCode: '43099900100' }, 'villageCode'],
    [{ villageCode: '43099900100a' }, 'villageCode'],
    [{ date: new Date('invalid') }, 'date'],
    [{ date: new Date('1999-12-31T23:59:59Z') }, 'date'],
    [{ date: new Date(NOW + 400 * 24 * 3600 * 1000) }, 'date'],
    [{ title: '' }, 'title'],
    [{ title: '议'.repeat(101) }, 'title'],
    [{ chairCadreId: '12345' }, 'chairCadreId'],
    [{ minutes: '字'.repeat(20_001) }, 'minutes'],
  ])('refuses %j with BAD_USER_INPUT on its field', (over, field) => {
    const e = failure(() => validateNewMeeting(who(Role.VILLAGE_SECRETARY), input(over), NOW));
    expect({ code: e.code, field: e.field }).toEqual({ code: 'BAD_USER_INPUT', field });
  });
  it('accepts exactly 100 characters of Chinese title', () => {
    expect(validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ title: '议'.repeat(100) }), NOW).title).toHaveLength(100);
  });
  it('refuses a village outside the jurisdiction with FORBIDDEN', () => {
    expect(failure(() => validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ villageCode: '430999002001' }), NOW)).code).toBe('FORBIDDEN');
  });
  it.each([Role.COUNTY_DEPARTMENT, Role.AUDITOR, Role.API_CLIENT])('refuses the read-only role %s', (role) => {
    expect(canWrite(who(role))).toBe(false);
    expect(failure(() => validateNewMeeting(who(role, '430999'), input(), NOW)).code).toBe('FORBIDDEN');
  });
  it('lets a mixed account with one writing role write', () => {
    expect(canWrite({ ...who(Role.AUDITOR), roles: [Role.AUDITOR, Role.TOWNSHIP_ADMIN] })).toBe(true);
  });
});

/** An EntityManager stand-in that records the filter of findAndCount / findOne. */
function recordingEm(): { em: EntityManager; filters: unknown[] } {
  const filters: unknown[] = [];
  const em = {
    findAndCount: async (_e: unknown, where: unknown) => { filters.push(where); return [[], 0]; },
    findOne: async (_e: unknown, where: unknown) => { filters.push(where); return null; },
  } as unknown as EntityManager;
  return { em, filters };
}

describe('MeetingService scoping', () => {
  it('limits lists to the caller’s division prefix', async () => {
    const { em, filters } = recordingEm();
    await new MeetingService(em, who(Role.TOWNSHIP_ADMIN, '430999001')).list({});
    await new MeetingService(em, who(Role.TOWNSHIP_ADMIN, '430999001')).list({ regionCode: A });
    // a village secretary asking for the own township is narrowed to the own village
    await new MeetingService(em, who(Role.VILLAGE_SECRETARY)).list({ regionCode: '430999001' });
    expect(filters).toEqual([
      { villageCode: { $like: '430999001%' } },
      { villageCode: { $like: `${A}%` } },
      { villageCode: { $like: `${A}%` } },
    ]);
  });
  it('refuses a neighbour region, a malformed region code and a token without a valid division', async () => {
    const { em } = recordingEm();
    await expect(new MeetingService(em, who(Role.VILLAGE_SECRETARY)).list({ regionCode: '430999002001' })).rejects.toThrow('不在您的管辖范围内');
    await expect(new MeetingService(em, who(Role.COUNTY_ADMIN, '430999')).list({ regionCode: '4309%' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    await expect(new MeetingService(em, who(Role.COUNTY_ADMIN, '')).list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
  it('scopes a lookup by id and refuses a malformed id', async () => {
    const { em, filters } = recordingEm();
    const service = new MeetingService(em, who(Role.VILLAGE_SECRETARY));
    await service.get('0196a1b2-0000-7000-8000-000000000001');
    expect(filters).toEqual([{ id: '0196a1b2-0000-7000-8000-000000000001', villageCode: { $like: `${A}%` } }]);
    await expect(service.get("1' or '1'='1")).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
  it('leaves regions outside the jurisdiction out of Region.meetings without touching the database', async () => {
    const { em } = recordingEm();
    const pages = await new MeetingService(em, who(Role.VILLAGE_SECRETARY)).pagesForRegions(['430999002001', '430999001', 'x'], { first: 5 });
    expect(pages.size).toBe(0);
  });
});
