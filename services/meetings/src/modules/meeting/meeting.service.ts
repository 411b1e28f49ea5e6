import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, divisionLevel, inJurisdiction, narrowScope, type Principal } from '@xiangzhi/auth';
import {
  charCount,
  decodePage,
  forbidden,
  hasControlChars,
  isCalendarDate,
  isUuid,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingKind } from './meeting.entity.js';
import { MINUTES_MAX, MeetingErrorCode, NOTICE_MAX, PLACE_MAX, TITLE_MAX, meetingError } from './meeting.errors.js';
import type { FindCadre } from './cadre-directory.js';

export interface MeetingInput {
  kind: MeetingKind;
  villageCode: string;
  date: Date;
  title: string;
  chairCadreId?: string | null;
  minutes?: string | null;
  place?: string | null;
  noticeText?: string | null;
}
export type NewMeeting = Required<MeetingInput>;
export interface PageQuery {
  first?: number | null;
  after?: string | null;
}

const VILLAGE_CODE = /^\d{12}$/;
// 民情例会 is the township's own meeting: it may sit at the township (9 digits) as well as in a village
const TOWNSHIP_CODE = /^\d{9}$/;
const TOWNSHIP_KINDS = new Set<string>([MeetingKind.TOWNSHIP_REVIEW]);
const KINDS = new Set<string>(Object.values(MeetingKind));
const EARLIEST = Date.UTC(2000, 0, 1);
// meetings are planned ahead, but not further than a year
const MAX_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
// newest first; the time-ordered id breaks ties so pages never overlap
export const CALENDAR_MAX = 2000;
const NEWEST_FIRST = [{ date: 'desc' }, { id: 'desc' }] as const;

/** The caller's own division; a token without a valid one would otherwise match every row. */
export function ownDivision(p: Principal): string {
  if (!divisionLevel(p.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
  return p.divisionCode;
}

/** The checks of createMeeting, without the database: role, fields, then jurisdiction. */
export function validateNewMeeting(p: Principal, input: MeetingInput, now = Date.now()): NewMeeting {
  authorize(p, Action.MEETING_WRITE);
  ownDivision(p);
  if (!KINDS.has(input.kind)) throw meetingError(MeetingErrorCode.KIND_INVALID);
  const villageCode = (input.villageCode ?? '').trim();
  const atTownship = TOWNSHIP_KINDS.has(input.kind) && TOWNSHIP_CODE.test(villageCode);
  if (!VILLAGE_CODE.test(villageCode) && !atTownship) throw meetingError(MeetingErrorCode.VILLAGE_CODE_INVALID);
  if (!can(p, Action.MEETING_WRITE, { divisionCode: villageCode }))
    throw meetingError(MeetingErrorCode.VILLAGE_OUT_OF_SCOPE);
  const time = input.date instanceof Date ? input.date.getTime() : Number.NaN;
  if (!Number.isFinite(time) || time < EARLIEST || time > now + MAX_AHEAD_MS)
    throw meetingError(MeetingErrorCode.DATE_INVALID);
  const title = (input.title ?? '').trim();
  if (charCount(title) < 1 || charCount(title) > TITLE_MAX)
    throw meetingError(MeetingErrorCode.TITLE_INVALID, `应为 1 到 ${TITLE_MAX} 个字`);
  if (hasControlChars(title)) throw meetingError(MeetingErrorCode.TITLE_INVALID, '不能包含换行、制表符等控制字符');
  const chairCadreId = input.chairCadreId?.trim() || null;
  // a malformed id names no cadre: the same answer as an unknown one
  if (chairCadreId && !isUuid(chairCadreId)) throw meetingError(MeetingErrorCode.CADRE_NOT_FOUND);
  const minutes = input.minutes?.trim() || null;
  if (minutes && charCount(minutes) > MINUTES_MAX)
    throw meetingError(MeetingErrorCode.MINUTES_INVALID, `不能超过 ${MINUTES_MAX} 个字`);
  if (minutes && hasControlChars(minutes, true))
    throw meetingError(MeetingErrorCode.MINUTES_INVALID, '不能包含控制字符（只允许换行和制表符）');
  const place = optionalLine(input.place, PLACE_MAX, MeetingErrorCode.PLACE_INVALID);
  const noticeText = input.noticeText?.trim() || null;
  if (noticeText && charCount(noticeText) > NOTICE_MAX)
    throw meetingError(MeetingErrorCode.NOTICE_TEXT_INVALID, `不能超过 ${NOTICE_MAX} 个字`);
  if (noticeText && hasControlChars(noticeText, true))
    throw meetingError(MeetingErrorCode.NOTICE_TEXT_INVALID, '不能包含控制字符（只允许换行和制表符）');
  return { kind: input.kind, villageCode, date: new Date(time), title, chairCadreId, minutes, place, noticeText };
}

/** A one-line optional text: trimmed, empty as null, at most `max` characters, no control characters. */
export function optionalLine(value: string | null | undefined, max: number, code: MeetingErrorCode): string | null {
  const text = value?.trim() || null;
  if (text && charCount(text) > max) throw meetingError(code, `不能超过 ${max} 个字`);
  if (text && hasControlChars(text)) throw meetingError(code, '不能包含换行、制表符等控制字符');
  return text;
}

/**
 * A chair belongs to the meeting's village or to a level above it (the township's 包村领导), and
 * the caller must see them in governance. A missing cadre and one elsewhere get the same answer.
 */
export async function checkChair(findCadre: FindCadre, chairCadreId: string, villageCode: string): Promise<void> {
  const cadre = await findCadre(chairCadreId);
  if (!cadre || !villageCode.startsWith(cadre.divisionCode)) throw meetingError(MeetingErrorCode.CADRE_NOT_FOUND);
}

/** Meetings rules and scoping: every read is limited to villages under the caller's division code. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre?: FindCadre,
  ) {}

  /** The caller's division, once the permission table lets them read meetings at all (三员 may not). */
  private readable(): string {
    authorize(this.principal, Action.MEETING_READ);
    return ownDivision(this.principal);
  }

  /** Minutes name villagers and their matters: aggregate-only callers never get them. */
  mayReadMinutes(): boolean {
    return can(this.principal, Action.MEETING_MINUTES_READ);
  }

  /** The prefix a list is limited to: the requested region narrowed to the caller's jurisdiction. */
  scope(regionCode?: string | null): string {
    const own = this.readable();
    if (regionCode == null || regionCode === '') return own;
    if (!divisionLevel(regionCode)) throw meetingError(MeetingErrorCode.REGION_CODE_INVALID);
    return narrowScope(this.principal, regionCode);
  }

  async list(q: PageQuery & { regionCode?: string | null }): Promise<Connection<Meeting>> {
    const { limit, offset } = decodePage(q);
    const prefix = this.scope(q.regionCode);
    const [rows, total] = await this.em.findAndCount(
      Meeting,
      { villageCode: { $like: `${prefix}%` } },
      {
        orderBy: [...NEWEST_FIRST],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }

  /**
   * One meeting, or null when it does not exist, is malformed or lies outside the jurisdiction (no difference shown).
   */
  async get(id: string): Promise<Meeting | null> {
    const prefix = this.scope();
    if (!isUuid(id)) return null;
    return this.em.findOne(Meeting, { id, villageCode: { $like: `${prefix}%` } });
  }

  /** Visible meetings among `ids`, one statement (federation references). */
  async getMany(ids: readonly string[]): Promise<Map<string, Meeting>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.em.find(Meeting, { id: { $in: valid }, villageCode: { $like: `${this.scope()}%` } });
    return new Map(rows.map((m) => [m.id, m]));
  }

  /**
   * `Region.meetings` for many regions in two statements (one page per region via a lateral
   * join, one count per region). Regions outside the jurisdiction are left out: they resolve to null.
   */
  async pagesForRegions(codes: readonly string[], page: PageQuery): Promise<Map<string, Connection<Meeting>>> {
    const { limit, offset } = decodePage(page);
    this.readable();
    const visible = [...new Set(codes)].filter((c) => divisionLevel(c) !== null && inJurisdiction(this.principal, c));
    const out = new Map<string, Connection<Meeting>>();
    if (!visible.length) return out;
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select r.code as region_code, m.* from unnest(array[?]::text[]) with ordinality as r(code, ord)
       cross join lateral (select * from meeting where village_code like r.code || '%'
                           order by date desc, id desc limit ? offset ?) as m
       order by r.ord, m.date desc, m.id desc`,
      [visible, limit, offset],
    );
    const counts = await this.em.execute<{ region_code: string; total: number }[]>(
      `select r.code as region_code, (select count(*) from meeting where village_code like r.code || '%')::int as total
       from unnest(array[?]::text[]) as r(code)`,
      [visible],
    );
    const byRegion = new Map<string, Meeting[]>();
    for (const { region_code: code, ...row } of rows) {
      const list = byRegion.get(String(code)) ?? [];
      list.push(this.em.map(Meeting, row));
      byRegion.set(String(code), list);
    }
    for (const { region_code: code, total } of counts)
      out.set(code, toConnection(byRegion.get(code) ?? [], total, offset));
    return out;
  }

  /**
   * The calendar: meetings between two Beijing days (inclusive, at most 62), oldest first, in one
   * statement whatever their number (capped at CALENDAR_MAX).
   */
  async calendar(from: string, to: string, regionCode?: string | null): Promise<Meeting[]> {
    const prefix = this.scope(regionCode);
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (!isCalendarDate(from) || !isCalendarDate(to) || !(span >= 0 && span <= 62))
      throw meetingError(MeetingErrorCode.RANGE_INVALID);
    const start = new Date(`${from}T00:00:00+08:00`);
    const end = new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000);
    return this.em.find(
      Meeting,
      { villageCode: { $like: `${prefix}%` }, date: { $gte: start, $lt: end } },
      { orderBy: [{ date: 'asc' }, { id: 'asc' }], limit: CALENDAR_MAX },
    );
  }

  async create(input: MeetingInput): Promise<Meeting> {
    const values = validateNewMeeting(this.principal, input);
    if (values.chairCadreId) {
      if (!this.findCadre) throw new Error('MeetingService needs findCadre to check a chair');
      await checkChair(this.findCadre, values.chairCadreId, values.villageCode);
    }
    const meeting = this.em.create(Meeting, values);
    await this.em.persist(meeting).flush();
    return meeting;
  }
}
