import type { EntityManager } from '@mikro-orm/core';
import { Action, authorize, can, type Principal } from '@xiangzhi/auth';
import { charCount, hasControlChars, isCalendarDate } from '@xiangzhi/subgraph-kit';
import { Region } from '../region/index.js';
import { CaseKind, CaseLevel, CaseStage } from './case.enums.js';
import { TimeLimit } from './time-limit.entity.js';
import { Holiday } from './holiday.entity.js';
import { workCalendar, type WorkCalendar } from './working-days.js';
import { holidayInput, holidayNotFound, timeLimitInput } from './time-limit.errors.js';
import type { SetHolidayInput, SetTimeLimitInput } from './dto/time-limit.input.js';

const MAX_LIMIT_DAYS = 365;

/** The county (6 digits) a division lies in; '' for the root. */
export const countyOf = (divisionCode: string): string => (divisionCode.length >= 6 ? divisionCode.slice(0, 6) : '');

/** The division and the ones above it whose rows apply to it, most specific first ('' last). */
const appliesTo = (divisionCode: string): string[] =>
  [12, 9, 6, 0].filter((n) => divisionCode.length >= n).map((n) => divisionCode.slice(0, n));

// One load per county and request (or job run): a list of 100 cases reads the holidays once.
const calendars = new WeakMap<EntityManager, Map<string, Promise<WorkCalendar>>>();

/** The working calendar of a county: the national rows, overridden by the county's own. */
export function calendarFor(em: EntityManager, countyCode: string): Promise<WorkCalendar> {
  let byCounty = calendars.get(em);
  if (!byCounty) calendars.set(em, (byCounty = new Map()));
  let cal = byCounty.get(countyCode);
  if (!cal) {
    cal = holidaysOf(em, countyCode).then((rows) => workCalendar(new Map(rows.map((h) => [h.date, h.working]))));
    byCounty.set(countyCode, cal);
  }
  return cal;
}

/** National rows then the county's (so a county row for the same date replaces the national one in a map). */
async function holidaysOf(em: EntityManager, countyCode: string, year?: number): Promise<Holiday[]> {
  const where = year ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {};
  const rows = await em.find(
    Holiday,
    { countyCode: { $in: [...new Set(['', countyCode])] }, ...where },
    { orderBy: { countyCode: 'asc', date: 'asc' } },
  );
  return rows;
}

// A batch of new cases (the forum intake) reads the limits of all its divisions at once: limitFor answers from them.
const preloaded = new WeakMap<EntityManager, { codes: Set<string>; rows: TimeLimit[] }>();

/** Reads the limit rows that apply to these divisions in one statement, for `limitFor` on the same EntityManager. */
export async function preloadLimits(em: EntityManager, divisionCodes: Iterable<string>): Promise<void> {
  const codes = new Set([...divisionCodes].flatMap(appliesTo));
  preloaded.set(em, { codes, rows: await em.find(TimeLimit, { divisionCode: { $in: [...codes] } }) });
}

/** The limits that apply to a stage of a case: the most specific division's row. */
export async function limitFor(
  em: EntityManager,
  kind: CaseKind,
  level: CaseLevel,
  stage: CaseStage,
  divisionCode: string,
): Promise<TimeLimit | null> {
  const chain = appliesTo(divisionCode);
  const pre = preloaded.get(em);
  const rows =
    pre && chain.every((code) => pre.codes.has(code))
      ? pre.rows.filter(
          (r) => r.kind === kind && r.level === level && r.stage === stage && chain.includes(r.divisionCode),
        )
      : await em.find(TimeLimit, { kind, level, stage, divisionCode: { $in: chain } });
  return rows.sort((a, b) => b.divisionCode.length - a.divisionCode.length)[0] ?? null;
}

/** The time-limit table and the holiday calendar: read by anyone who reads cases, set by the county. */
export class TimeLimitService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Every kind × level × stage as it applies to `divisionCode` (the caller's own division by default). */
  async effective(divisionCode?: string | null): Promise<TimeLimit[]> {
    const code = (divisionCode ?? this.principal.divisionCode).trim();
    if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) throw timeLimitInput('divisionCode', '区划代码应为 6、9 或 12 位数字');
    if (!can(this.principal, Action.CASE_READ, { divisionCode: code }))
      authorize(this.principal, Action.TIME_LIMIT_MANAGE, { divisionCode: code });
    const rows = await this.em.find(TimeLimit, { divisionCode: { $in: appliesTo(code) } });
    const best = new Map<string, TimeLimit>();
    for (const row of rows) {
      const key = `${row.kind}/${row.level}/${row.stage}`;
      const held = best.get(key);
      if (!held || held.divisionCode.length < row.divisionCode.length) best.set(key, row);
    }
    const order = (e: object, v: string): number => Object.values(e).indexOf(v);
    return [...best.values()].sort(
      (a, b) =>
        order(CaseKind, a.kind) - order(CaseKind, b.kind) ||
        order(CaseLevel, a.level) - order(CaseLevel, b.level) ||
        order(CaseStage, a.stage) - order(CaseStage, b.stage),
    );
  }

  async set(input: SetTimeLimitInput): Promise<TimeLimit> {
    const code = input.divisionCode.trim();
    authorize(this.principal, Action.TIME_LIMIT_MANAGE);
    if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) throw timeLimitInput('divisionCode', '区划代码应为 6、9 或 12 位数字');
    authorize(this.principal, Action.TIME_LIMIT_MANAGE, { divisionCode: code });
    if (!(await this.em.count(Region, { code })))
      throw timeLimitInput('divisionCode', '没有这个区划，请选择本县、乡镇或村');
    const { yellowDays, redDays } = input;
    if (!Number.isInteger(yellowDays) || yellowDays < 1 || yellowDays >= MAX_LIMIT_DAYS)
      throw timeLimitInput('yellowDays', `黄牌预警应为 1 到 ${MAX_LIMIT_DAYS - 1} 个工作日`);
    if (!Number.isInteger(redDays) || redDays <= yellowDays || redDays > MAX_LIMIT_DAYS)
      throw timeLimitInput('redDays', `红牌超期应大于黄牌预警，最多 ${MAX_LIMIT_DAYS} 个工作日`);
    const key = { divisionCode: code, kind: input.kind, level: input.level, stage: input.stage };
    const row = (await this.em.findOne(TimeLimit, key)) ?? this.em.create(TimeLimit, { ...key, yellowDays, redDays });
    Object.assign(row, { yellowDays, redDays, updatedBy: this.principal.username });
    await this.em.flush();
    return row;
  }

  /** The calendar's exceptions in a year as they apply to the caller's county. */
  async holidays(year: number): Promise<Holiday[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw holidayInput('year', '年份应在 2000 到 2100 之间');
    authorize(this.principal, Action.CASE_READ);
    const byDate = new Map<string, Holiday>();
    for (const h of await holidaysOf(this.em, countyOf(this.principal.divisionCode), year)) byDate.set(h.date, h);
    return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  async setHoliday(input: SetHolidayInput): Promise<Holiday> {
    const countyCode = this.ownCounty();
    const date = input.date.trim();
    if (!isCalendarDate(date)) throw holidayInput('date', '日期应为有效日期，格式如 2026-10-01');
    const name = input.name.trim();
    if (!name || charCount(name) > 20 || hasControlChars(name))
      throw holidayInput('name', '名称不能为空，最多 20 个字，不能含控制字符');
    const row =
      (await this.em.findOne(Holiday, { countyCode, date })) ??
      this.em.create(Holiday, { countyCode, date, working: input.working, name });
    Object.assign(row, { working: input.working, name });
    await this.em.flush();
    return row;
  }

  async removeHoliday(date: string): Promise<boolean> {
    const countyCode = this.ownCounty();
    const row = isCalendarDate(date.trim()) ? await this.em.findOne(Holiday, { countyCode, date: date.trim() }) : null;
    if (!row) throw holidayNotFound();
    await this.em.remove(row).flush();
    return true;
  }

  /** The county a county administrator keeps the calendar of (the root calendar is national, not editable). */
  private ownCounty(): string {
    authorize(this.principal, Action.TIME_LIMIT_MANAGE);
    const county = countyOf(this.principal.divisionCode);
    authorize(this.principal, Action.TIME_LIMIT_MANAGE, { divisionCode: county || '-' });
    return county;
  }
}
