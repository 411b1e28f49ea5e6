import type { EntityManager } from '@mikro-orm/postgresql';
import { READ_ONLY_ROLES, divisionLevel, inJurisdiction, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, forbidden, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingKind } from './meeting.entity.js';
import { MINUTES_MAX, MeetingErrorCode, TITLE_MAX, meetingError } from './meeting.errors.js';

export interface MeetingInput {
  kind: MeetingKind;
  villageCode: string;
  date: Date;
  title: string;
  chairCadreId?: string | null;
  minutes?: string | null;
}
export type NewMeeting = Required<MeetingInput>;
export interface PageQuery { first?: number | null; after?: string | null }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VILLAGE_CODE = /^\d{12}$/;
const KINDS = new Set<string>(Object.values(MeetingKind));
const EARLIEST = Date.UTC(2000, 0, 1);
// meetings are planned ahead, but not further than a year
const MAX_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
// newest first; the time-ordered id breaks ties so pages never overlap
const NEWEST_FIRST = [{ date: 'desc' }, { id: 'desc' }] as const;

export const isUuid = (s: string): boolean => UUID.test(s);
const charCount = (s: string): number => [...s].length;

/** Any role besides the read-only ones (county departments, auditors, API clients) may register meetings. */
export const canWrite = (p: Principal): boolean => p.roles.some((r) => !READ_ONLY_ROLES.has(r));

/** The caller's own division; a token without a valid one would otherwise match every row. */
export function ownDivision(p: Principal): string {
  if (!divisionLevel(p.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
  return p.divisionCode;
}

/** The checks of createMeeting, without the database: role, fields, then jurisdiction. */
export function validateNewMeeting(p: Principal, input: MeetingInput, now = Date.now()): NewMeeting {
  if (!canWrite(p)) throw meetingError(MeetingErrorCode.READ_ONLY_ROLE);
  ownDivision(p);
  if (!KINDS.has(input.kind)) throw meetingError(MeetingErrorCode.KIND_INVALID);
  const villageCode = (input.villageCode ?? '').trim();
  if (!VILLAGE_CODE.test(villageCode)) throw meetingError(MeetingErrorCode.VILLAGE_CODE_INVALID);
  if (!inJurisdiction(p, villageCode)) throw meetingError(MeetingErrorCode.VILLAGE_OUT_OF_SCOPE);
  const time = input.date instanceof Date ? input.date.getTime() : Number.NaN;
  if (!Number.isFinite(time) || time < EARLIEST || time > now + MAX_AHEAD_MS) throw meetingError(MeetingErrorCode.DATE_INVALID);
  const title = (input.title ?? '').trim();
  if (charCount(title) < 1 || charCount(title) > TITLE_MAX) throw meetingError(MeetingErrorCode.TITLE_LENGTH);
  const chairCadreId = input.chairCadreId?.trim() || null;
  if (chairCadreId && !isUuid(chairCadreId)) throw meetingError(MeetingErrorCode.CHAIR_INVALID);
  const minutes = input.minutes?.trim() || null;
  if (minutes && charCount(minutes) > MINUTES_MAX) throw meetingError(MeetingErrorCode.MINUTES_TOO_LONG);
  return { kind: input.kind, villageCode, date: new Date(time), title, chairCadreId, minutes };
}

/** Meetings rules and scoping: every read is limited to villages under the caller's division code. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** The prefix a list is limited to: the requested region narrowed to the caller's jurisdiction. */
  scope(regionCode?: string | null): string {
    const own = ownDivision(this.principal);
    if (regionCode == null || regionCode === '') return own;
    if (!divisionLevel(regionCode)) throw meetingError(MeetingErrorCode.REGION_CODE_INVALID);
    return narrowScope(this.principal, regionCode);
  }

  async list(q: PageQuery & { regionCode?: string | null }): Promise<Connection<Meeting>> {
    const { limit, offset } = decodePage(q);
    const prefix = this.scope(q.regionCode);
    const [rows, total] = await this.em.findAndCount(Meeting, { villageCode: { $like: `${prefix}%` } }, {
      orderBy: [...NEWEST_FIRST], limit, offset,
    });
    return toConnection(rows, total, offset);
  }

  /** One meeting, or null when it does not exist or lies outside the jurisdiction (no difference shown). */
  async get(id: string): Promise<Meeting | null> {
    if (!isUuid(id)) throw meetingError(MeetingErrorCode.ID_INVALID);
    return this.em.findOne(Meeting, { id, villageCode: { $like: `${this.scope()}%` } });
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
    ownDivision(this.principal);
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
    for (const { region_code: code, total } of counts) out.set(code, toConnection(byRegion.get(code) ?? [], total, offset));
    return out;
  }

  async create(input: MeetingInput): Promise<Meeting> {
    const values = validateNewMeeting(this.principal, input);
    const meeting = this.em.create(Meeting, values);
    await this.em.persist(meeting).flush();
    return meeting;
  }
}
