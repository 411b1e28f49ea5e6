import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, authorize, scopeOf, type Principal } from '@xiangzhi/auth';
import { Region } from '../region/index.js';
import { Case } from './case.entity.js';
import { CaseAlert, CaseLevel, CaseStatus } from './case.enums.js';
import { caseInput } from './case.errors.js';
import { prefixRange } from './case-figures.service.js';
import { CaseListReason, type CaseListItem, type CaseMeetingList } from './case-lists.types.js';

/** The most cases one list (and one printout) holds. */
export const MAX_LIST_ITEMS = 500;
const WEEK_MS = 7 * 24 * 3600_000;
const OPEN = { status: { $ne: CaseStatus.CLOSED } } as const;

const overdue = (c: Case, now: Date): boolean => c.alert === CaseAlert.RED || (!!c.dueAt && c.dueAt < now);

/**
 * The lists a meeting works through: 民情碰头会 (weekly, village) — open cases at grid or village level
 * that are new since the last meeting, overdue or returned from above; 民情例会 (township) — open cases
 * at the township (or sent on to the county) and the village's cases that are overdue or went up and
 * down more than once (推、拖、绕).
 */
export class CaseListsService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now = new Date(),
  ) {}

  async villageBriefing(villageCode: string, since?: Date | null): Promise<CaseMeetingList> {
    if (!/^\d{12}$/.test(villageCode)) throw caseInput('villageCode', '村区划代码应为 12 位数字');
    const from = since ?? new Date(this.now.getTime() - WEEK_MS);
    if (from > this.now) throw caseInput('since', '起算时间不能晚于现在');
    const where: FilterQuery<Case> = {
      ...OPEN,
      villageCode,
      level: { $in: [CaseLevel.GRID, CaseLevel.VILLAGE] },
      $or: [
        { raisedAt: { $gte: from } },
        { alert: CaseAlert.RED },
        { dueAt: { $lt: this.now } },
        { status: CaseStatus.RETURNED },
      ],
    };
    return this.list(villageCode, '民情碰头会待议事项', from, where, (c) => [
      ...(c.raisedAt >= from ? [CaseListReason.NEW] : []),
      ...(overdue(c, this.now) ? [CaseListReason.OVERDUE] : []),
      ...(c.status === CaseStatus.RETURNED ? [CaseListReason.RETURNED] : []),
    ]);
  }

  async townshipReview(townshipCode: string): Promise<CaseMeetingList> {
    if (!/^\d{9}$/.test(townshipCode)) throw caseInput('townshipCode', '乡镇区划代码应为 9 位数字');
    const [lo, hi] = prefixRange(townshipCode);
    const where: FilterQuery<Case> = {
      ...OPEN,
      villageCode: { $gte: lo, $lt: hi },
      $or: [
        { level: { $in: [CaseLevel.TOWNSHIP, CaseLevel.COUNTY] } },
        { alert: CaseAlert.RED },
        { dueAt: { $lt: this.now } },
        { escalationCount: { $gte: 2 } },
        { returnCount: { $gte: 2 } },
        { returnCount: { $gte: 1 }, escalationCount: { $gte: 1 } },
      ],
    };
    const since = new Date(this.now.getTime() - WEEK_MS);
    return this.list(townshipCode, '民情例会待议事项', since, where, (c) => [
      ...(c.level === CaseLevel.TOWNSHIP ? [CaseListReason.AT_TOWNSHIP] : []),
      ...(c.level === CaseLevel.COUNTY ? [CaseListReason.ESCALATED] : []),
      ...(overdue(c, this.now) ? [CaseListReason.OVERDUE] : []),
      ...(c.escalationCount + c.returnCount >= 2 ? [CaseListReason.BOUNCED] : []),
    ]);
  }

  private async list(
    divisionCode: string,
    title: string,
    since: Date,
    where: FilterQuery<Case>,
    reasons: (c: Case) => CaseListReason[],
  ): Promise<CaseMeetingList> {
    authorize(this.principal, Action.CASE_READ, { divisionCode });
    const scope = scopeOf(this.principal, Action.CASE_READ);
    // a grid leader or cadre sees the cases of their own grids only
    const narrowed: FilterQuery<Case> =
      scope === 'OWN' || scope === 'GRID' ? { $and: [where, { grid: { $in: this.principal.gridIds } }] } : where;
    const [cases, totalCount] = await this.em.findAndCount(Case, narrowed, {
      populate: ['household', 'responsible'],
      orderBy: [{ raisedAt: 'asc' }, { id: 'asc' }],
      limit: MAX_LIST_ITEMS,
    });
    const region = await this.em.findOne(Region, { code: divisionCode });
    const items: CaseListItem[] = cases.map((c) => ({ case: c, reasons: reasons(c) }));
    // overdue first, then the oldest: the meeting starts with what is late
    items.sort((a, b) => +b.reasons.includes(CaseListReason.OVERDUE) - +a.reasons.includes(CaseListReason.OVERDUE));
    const divisionName = region?.name ?? divisionCode;
    return {
      title: `${divisionName}${title}`,
      divisionCode,
      divisionName,
      since,
      generatedAt: this.now,
      totalCount,
      items,
    };
  }
}
