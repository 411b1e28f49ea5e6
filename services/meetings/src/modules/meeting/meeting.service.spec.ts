import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessDeniedError, Role, type Principal } from '@xiangzhi/auth';
import { AppError } from '@xiangzhi/subgraph-kit';
import { MeetingKind } from './meeting.entity.js';
import { MeetingService, checkChair, validateNewMeeting, type MeetingInput } from './meeting.service.js';

const A = '430999001001';
const who = (role: Role, divisionCode = A): Principal => ({
  accountId: 'acc',
  username: 'u',
  roles: [role],
  divisionCode,
  gridIds: [],
  cadreId: null,
});
const NOW = Date.UTC(2026, 5, 1);
const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
  kind: MeetingKind.VILLAGERS_FORUM,
  villageCode: A,
  date: new Date('2026-05-10T09:00:00Z'),
  title: '五月说事会',
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

describe('validateNewMeeting', () => {
  it('normalises a valid meeting', () => {
    const m = validateNewMeeting(
      who(Role.VILLAGE_SECRETARY),
      input({ title: '  五月说事会 ', minutes: '  ', chairCadreId: '' }),
      NOW,
    );
    expect(m).toEqual({
      kind: MeetingKind.VILLAGERS_FORUM,
      villageCode: A,
      date: new Date('2026-05-10T09:00:00Z'),
      title: '五月说事会',
      chairCadreId: null,
      minutes: null,
      place: null,
      noticeText: null,
    });
  });
  it('lets a township user record for any of its villages', () => {
    expect(
      validateNewMeeting(who(Role.TOWNSHIP_ADMIN, '430999001'), input({ villageCode: '430999001007' }), NOW)
        .villageCode,
    ).toBe('430999001007');
  });
  it.each([
    [{ kind: 'PICNIC' as MeetingKind }, 'MEETING_KIND_INVALID', 'kind'],
    [{ villageCode: '43099900100' }, 'MEETING_VILLAGE_CODE_INVALID', 'villageCode'],
    [{ villageCode: '43099900100a' }, 'MEETING_VILLAGE_CODE_INVALID', 'villageCode'],
    [{ date: new Date('invalid') }, 'MEETING_DATE_INVALID', 'date'],
    [{ date: new Date('1999-12-31T23:59:59Z') }, 'MEETING_DATE_INVALID', 'date'],
    [{ date: new Date(NOW + 400 * 24 * 3600 * 1000) }, 'MEETING_DATE_INVALID', 'date'],
    [{ title: '' }, 'MEETING_TITLE_INVALID', 'title'],
    [{ title: '议'.repeat(101) }, 'MEETING_TITLE_INVALID', 'title'],
    [{ chairCadreId: '12345' }, 'CADRE_NOT_FOUND', 'chairCadreId'],
    [{ minutes: '字'.repeat(20_001) }, 'MEETING_MINUTES_INVALID', 'minutes'],
    [{ title: '五月\u0000说事会' }, 'MEETING_TITLE_INVALID', 'title'],
    [{ title: '五月\t说事会' }, 'MEETING_TITLE_INVALID', 'title'],
    [{ minutes: '纪要\u001b[31m' }, 'MEETING_MINUTES_INVALID', 'minutes'],
  ])('refuses %j with %s on %s', (over, code, field) => {
    const e = failure(() => validateNewMeeting(who(Role.VILLAGE_SECRETARY), input(over), NOW));
    expect({ code: e.code, field: e.field }).toEqual({ code, field });
  });
  it('accepts exactly 100 characters of Chinese title', () => {
    expect(validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ title: '议'.repeat(100) }), NOW).title).toHaveLength(
      100,
    );
  });
  it('refuses a village outside the jurisdiction with FORBIDDEN', () => {
    expect(
      failure(() => validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ villageCode: '430999002001' }), NOW)).code,
    ).toBe('FORBIDDEN');
  });
  it('keeps line breaks and tabs in minutes', () => {
    expect(
      validateNewMeeting(who(Role.VILLAGE_SECRETARY), input({ minutes: '一、道路\n\t二、水渠' }), NOW).minutes,
    ).toBe('一、道路\n\t二、水渠');
  });
  it.each([
    Role.COUNTY_DEPARTMENT,
    Role.AUDITOR,
    Role.API_CLIENT,
    Role.SYSTEM_ADMIN,
    Role.SECURITY_ADMIN,
    Role.GRID_LEADER,
    Role.CADRE,
  ])('refuses %s, who may not record meetings', (role) => {
    expect(() => validateNewMeeting(who(role, '430999'), input(), NOW)).toThrow(AccessDeniedError);
  });
  it('never lets an administrator duty borrow a business role held beside it (三员分立)', () => {
    expect(() =>
      validateNewMeeting({ ...who(Role.AUDITOR), roles: [Role.AUDITOR, Role.TOWNSHIP_ADMIN] }, input(), NOW),
    ).toThrow(AccessDeniedError);
  });
});

describe('checkChair', () => {
  const cadres = new Map([
    ['c-a', { id: 'c-a', divisionCode: A }],
    ['c-t', { id: 'c-t', divisionCode: '430999001' }],
    ['c-b', { id: 'c-b', divisionCode: '430999002001' }],
  ]);
  const find = async (id: string) => cadres.get(id) ?? null;
  it('accepts a cadre of the village or of its township', async () => {
    await expect(checkChair(find, 'c-a', A)).resolves.toBeUndefined();
    await expect(checkChair(find, 'c-t', A)).resolves.toBeUndefined();
  });
  it('answers a cadre elsewhere exactly as one that does not exist', async () => {
    const elsewhere = await checkChair(find, 'c-b', A).catch((e: AppError) => e);
    const missing = await checkChair(find, 'nobody', A).catch((e: AppError) => e);
    expect(elsewhere).toMatchObject({ code: 'CADRE_NOT_FOUND', field: 'chairCadreId' });
    expect(missing).toEqual(elsewhere);
    expect((missing as AppError).message).toBe((elsewhere as AppError).message);
  });
});

/** An EntityManager stand-in that records the filter of findAndCount / findOne. */
function recordingEm(): { em: EntityManager; filters: unknown[] } {
  const filters: unknown[] = [];
  const em = {
    findAndCount: async (_e: unknown, where: unknown) => {
      filters.push(where);
      return [[], 0];
    },
    findOne: async (_e: unknown, where: unknown) => {
      filters.push(where);
      return null;
    },
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
    await expect(
      new MeetingService(em, who(Role.VILLAGE_SECRETARY)).list({ regionCode: '430999002001' }),
    ).rejects.toThrow('不在您的管辖范围内');
    await expect(
      new MeetingService(em, who(Role.COUNTY_ADMIN, '430999')).list({ regionCode: '4309%' }),
    ).rejects.toMatchObject({ code: 'MEETING_REGION_CODE_INVALID', field: 'regionCode' });
    await expect(new MeetingService(em, who(Role.COUNTY_ADMIN, '')).list({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
  it('scopes a lookup by id and answers null for a malformed id', async () => {
    const { em, filters } = recordingEm();
    const service = new MeetingService(em, who(Role.VILLAGE_SECRETARY));
    await service.get('0196a1b2-0000-7000-8000-000000000001');
    expect(filters).toEqual([{ id: '0196a1b2-0000-7000-8000-000000000001', villageCode: { $like: `${A}%` } }]);
    await expect(service.get("1' or '1'='1")).resolves.toBeNull();
  });
  it('leaves regions outside the jurisdiction out of Region.meetings without touching the database', async () => {
    const { em } = recordingEm();
    const pages = await new MeetingService(em, who(Role.VILLAGE_SECRETARY)).pagesForRegions(
      ['430999002001', '430999001', 'x'],
      { first: 5 },
    );
    expect(pages.size).toBe(0);
  });
});
