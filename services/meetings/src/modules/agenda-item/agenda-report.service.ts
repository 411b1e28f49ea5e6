import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, isUuid, toConnection, todayInChina, type Connection } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingKind, ownDivision } from '../meeting/index.js';
import {
  AgendaCaseStatus,
  AgendaItem,
  AgendaItemRating,
  AgendaTrack,
  HANDLED_CASE_STATUSES,
} from './agenda-item.entity.js';
import { AgendaItemErrorCode as E, agendaItemError } from './agenda-item.errors.js';
import { AgendaItemService } from './agenda-item.service.js';
import { CLOSE_GRACE_DAYS, decisionLate, previousMonth } from './agenda-item.rules.js';
import type { AnnualReviewItem, ForumReport, LoopFailureBoard, LoopFailureRow } from './agenda-item.types.js';

type Counts = Omit<LoopFailureRow, 'code' | 'region'>;
const ZERO: Counts = { raised: 0, notDeliberated: 0, notHandled: 0, notClosed: 0, ineffective: 0 };

const row = (code: string, c: Counts): LoopFailureRow => ({ code, region: { code }, ...c });
const add = (a: Counts, b: Counts): Counts => ({
  raised: a.raised + b.raised,
  notDeliberated: a.notDeliberated + b.notDeliberated,
  notHandled: a.notHandled + b.notHandled,
  notClosed: a.notClosed + b.notClosed,
  ineffective: a.ineffective + b.ineffective,
});

/*
 * The four failures of 说事、问事、办事、评事 (seed 003: 坚决杜绝“说而不议、议而不办、办而不结、结而无效”), counted
 * over the items raised in the year (by forum day), as of today in China:
 * - 说而不议 (raised, not deliberated): no decision recorded and the forum day + 3 days has passed;
 * - 议而不办 (deliberated, not handled): decided, the decision's deadline (办理期限) has passed, and the case is
 *   not handled (not RESOLVED / CONFIRMED / CLOSED, or governance has not reported a case yet);
 * - 办而不结 (handled, not closed): the case is RESOLVED or CONFIRMED and has been so for more than 15 days
 *   (its last status change), not yet CLOSED (销号);
 * - 结而无效 (closed, ineffective): the case is CLOSED and either the villager's rating was DISSATISFIED or, at
 *   the annual review, more attendees rated it 不满意 than 满意 and 基本满意 together.
 */
const BOARD_SQL = `
select village_code,
  count(*)::int as raised,
  count(*) filter (where decided_on is null and decision_due_on < ?)::int as not_deliberated,
  count(*) filter (where decided_on is not null and due_on < ?
    and (case_status is null or case_status not in (?, ?, ?)))::int as not_handled,
  count(*) filter (where case_status in (?, ?) and case_changed_at < ?)::int as not_closed,
  count(*) filter (where case_status = ? and (case_satisfaction = ?
    or rated_dissatisfied > rated_satisfied + rated_basically))::int as ineffective
from agenda_item
where village_code like ? and forum_on >= ? and forum_on <= ?
group by village_code order by village_code`;

interface BoardRow {
  village_code: string;
  raised: number;
  not_deliberated: number;
  not_handled: number;
  not_closed: number;
  ineffective: number;
}

/** The forum's reports, the township's review list and the loop-failure board. */
export class AgendaReportService {
  private readonly items: AgendaItemService;

  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {
    this.items = new AgendaItemService(em, principal);
  }

  private async visibleMeeting(id: string, kind: MeetingKind): Promise<Meeting | null> {
    const prefix = this.items.readPrefix();
    if (!isUuid(id)) return null;
    return this.em.findOne(Meeting, { id, kind, villageCode: { $like: `${prefix}%` } });
  }

  /**
   * 通报上月说事事项办结情况: the items of the village's forums held in the month before this forum's, with
   * their cases' state as governance last reported it (kept here, so the report needs no call to governance).
   */
  async forumReport(meetingId: string, now = new Date()): Promise<ForumReport | null> {
    const meeting = await this.visibleMeeting(meetingId, MeetingKind.VILLAGERS_FORUM);
    if (!meeting) return null;
    const { from, to, month } = previousMonth(todayInChina(meeting.date));
    const rows = await this.em.find(
      AgendaItem,
      {
        villageCode: meeting.villageCode,
        forumOn: { $lt: to },
        $or: [{ forumOn: { $gte: from } }, { caseStatus: null }, { caseStatus: { $ne: AgendaCaseStatus.CLOSED } }],
      },
      { orderBy: [{ forumOn: 'asc' }, { id: 'asc' }] },
    );
    const items = rows.filter((i) => i.forumOn >= from);
    const handled = items.filter((i) => i.caseStatus && HANDLED_CASE_STATUSES.includes(i.caseStatus)).length;
    return {
      month,
      items,
      raised: items.length,
      decided: items.filter((i) => i.decidedOn).length,
      decidedLate: items.filter((i) => i.decidedOn && decisionLate(i)).length,
      handled,
      closed: items.filter((i) => i.caseStatus === AgendaCaseStatus.CLOSED).length,
      open: items.length - handled,
      carriedOverOpen: rows.length - items.length,
      generatedAt: now,
    };
  }

  /** 上级协调事项: the HIGHER_LEVEL items of the villages under the township (or the caller's region), newest first. */
  async townshipReviewList(q: {
    regionCode?: string | null;
    openOnly?: boolean | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<AgendaItem>> {
    const prefix = this.items.readPrefix(q.regionCode);
    const { limit, offset } = decodePage(q);
    const where = {
      villageCode: { $like: `${prefix}%` },
      track: AgendaTrack.HIGHER_LEVEL,
      ...(q.openOnly ? { $or: [{ caseStatus: null }, { caseStatus: { $ne: AgendaCaseStatus.CLOSED } }] } : {}),
    };
    const [rows, total] = await this.em.findAndCount(AgendaItem, where, {
      orderBy: [{ forumOn: 'desc' }, { id: 'desc' }],
      limit,
      offset,
    });
    return toConnection(rows, total, offset);
  }

  /** The four failures per village and per township of the region, one statement (counts only: MEETING_READ). */
  async loopFailures(regionCode: string | null | undefined, year: number | null | undefined, now = new Date()) {
    authorize(this.principal, Action.MEETING_READ);
    const own = ownDivision(this.principal);
    if (regionCode && !divisionLevel(regionCode)) throw agendaItemError(E.REGION_CODE_INVALID);
    const prefix = regionCode ? narrowScope(this.principal, regionCode) : own;
    const today = todayInChina(now);
    const y = year ?? Number(today.slice(0, 4));
    if (!Number.isInteger(y) || y < 2000 || y > Number(today.slice(0, 4)) + 1) throw agendaItemError(E.YEAR_INVALID);
    const graceStart = new Date(now.getTime() - CLOSE_GRACE_DAYS * 24 * 60 * 60 * 1000);
    const [handled, confirmed, closed] = [
      AgendaCaseStatus.RESOLVED,
      AgendaCaseStatus.CONFIRMED,
      AgendaCaseStatus.CLOSED,
    ];
    const rows = await this.em.execute<BoardRow[]>(BOARD_SQL, [
      today,
      today,
      handled,
      confirmed,
      closed,
      handled,
      confirmed,
      graceStart,
      closed,
      'DISSATISFIED',
      `${prefix}%`,
      `${y}-01-01`,
      `${y}-12-31`,
    ]);
    const villages = rows.map((r) =>
      row(r.village_code, {
        raised: r.raised,
        notDeliberated: r.not_deliberated,
        notHandled: r.not_handled,
        notClosed: r.not_closed,
        ineffective: r.ineffective,
      }),
    );
    const byTownship = new Map<string, Counts>();
    for (const v of villages) {
      const code = v.code.slice(0, 9);
      byTownship.set(code, add(byTownship.get(code) ?? ZERO, v));
    }
    const townships = [...byTownship].map(([code, c]) => row(code, c));
    const total = row(prefix, villages.reduce<Counts>(add, ZERO));
    return { regionCode: prefix, year: y, asOf: today, villages, townships, total } satisfies LoopFailureBoard;
  }

  /** 双述双评: the village's items raised in the review's year up to its day, with the caller's own ratings. */
  async annualReviewItems(meetingId: string): Promise<AnnualReviewItem[] | null> {
    const review = await this.visibleMeeting(meetingId, MeetingKind.ANNUAL_REVIEW);
    if (!review || review.villageCode.length !== 12) return null;
    const day = todayInChina(review.date);
    const items = await this.em.find(
      AgendaItem,
      { villageCode: review.villageCode, forumOn: { $gte: `${day.slice(0, 4)}-01-01`, $lte: day } },
      { orderBy: [{ forumOn: 'asc' }, { id: 'asc' }] },
    );
    const mine = items.length
      ? await this.em.find(AgendaItemRating, {
          reviewMeetingId: review.id,
          raterAccountId: this.principal.accountId,
          agendaItemId: { $in: items.map((i) => i.id) },
        })
      : [];
    const rating = new Map(mine.map((r) => [r.agendaItemId, r.rating]));
    return items.map((item) => ({ item, myRating: rating.get(item.id) ?? null }));
  }
}
