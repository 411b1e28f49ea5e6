import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import { Action, authorize, can, divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import { MeetingsEventType, addEvent, agendaItemRaisedSchema } from '@xiangzhi/events';
import {
  AppError,
  CommonErrorCode,
  charCount,
  hasControlChars,
  isCalendarDate,
  isUuid,
  todayInChina,
} from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingKind, MeetingStatus, meetingNotFound, ownDivision, type FindCadre } from '../meeting/index.js';
import { AgendaDomain, AgendaItem, AgendaMatterKind, AgendaRating, AgendaTrack } from './agenda-item.entity.js';
import { AGENDA_LIMITS, AgendaItemErrorCode as E, agendaItemError, agendaItemNotFound } from './agenda-item.errors.js';
import { DECISION_DAYS, addDays } from './agenda-item.rules.js';

export interface RaiseAgendaItem {
  meetingId: string;
  track: AgendaTrack;
  title: string;
  description: string;
  kind: AgendaMatterKind;
  domain: AgendaDomain;
  raisedByName?: string | null;
  householdId?: string | null;
  raisedByCadreId?: string | null;
  linkCaseId?: string | null;
}

export interface AgendaDecision {
  decidedOn: string;
  decision: string;
  dueOn: string;
  responsibleName?: string | null;
}

const within = <T extends string>(values: Record<string, T>, v: unknown): v is T =>
  Object.values(values).includes(v as T);

/** Text the caller must give: trimmed, 1..max characters, no control characters (line breaks when multiline). */
function requiredText(value: string | null | undefined, max: number, code: E, multiline = false): string {
  const text = (value ?? '').trim();
  if (charCount(text) < 1 || charCount(text) > max || hasControlChars(text, multiline)) throw agendaItemError(code);
  return text;
}

/** An optional one-line text: empty is null. */
function optionalName(value: string | null | undefined, code: E): string | null {
  const text = value?.trim() || null;
  return text === null ? null : requiredText(text, AGENDA_LIMITS.name, code);
}

function optionalId(value: string | null | undefined, code: E): string | null {
  const id = value?.trim() || null;
  if (id !== null && !isUuid(id)) throw agendaItemError(code);
  return id;
}

/** The forum module's rules and scoping: every read and write stays in villages under the caller's division. */
export class AgendaItemService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre?: FindCadre,
  ) {}

  /** Item lists name villagers and their matters: only callers who may read minutes see them. */
  readPrefix(regionCode?: string | null): string {
    authorize(this.principal, Action.MEETING_MINUTES_READ);
    const own = ownDivision(this.principal);
    if (regionCode == null || regionCode === '') return own;
    if (!divisionLevel(regionCode)) throw agendaItemError(E.REGION_CODE_INVALID);
    return narrowScope(this.principal, regionCode);
  }

  /** The items of one forum, in the order raised; null when the meeting is not visible. */
  async itemsOfMeeting(meetingId: string): Promise<AgendaItem[] | null> {
    const prefix = this.readPrefix();
    if (!isUuid(meetingId)) return null;
    const meeting = await this.em.findOne(Meeting, { id: meetingId, villageCode: { $like: `${prefix}%` } });
    if (!meeting) return null;
    return this.em.find(AgendaItem, { meetingId }, { orderBy: { id: 'asc' } });
  }

  /** A meeting the caller may write items for (AGENDA_WRITE on its village), else MEETING_NOT_FOUND on `field`. */
  private async meetingForWriting(id: string, field: string, action = Action.AGENDA_WRITE): Promise<Meeting> {
    authorize(this.principal, action);
    const prefix = ownDivision(this.principal);
    const meeting = isUuid(id) ? await this.em.findOne(Meeting, { id, villageCode: { $like: `${prefix}%` } }) : null;
    if (!meeting || !can(this.principal, action, { divisionCode: meeting.villageCode })) throw meetingNotFound(field);
    return meeting;
  }

  /** An item of the caller's villages for writing (at the version the caller saw), else AGENDA_ITEM_NOT_FOUND. */
  async loadForWriting(
    id: string,
    version: number | null,
    action = Action.AGENDA_WRITE,
    field = 'id',
  ): Promise<AgendaItem> {
    authorize(this.principal, action);
    const prefix = ownDivision(this.principal);
    const item = isUuid(id) ? await this.em.findOne(AgendaItem, { id, villageCode: { $like: `${prefix}%` } }) : null;
    if (!item || !can(this.principal, action, { divisionCode: item.villageCode })) throw agendaItemNotFound(field);
    if (version !== null && item.version !== version)
      throw new AppError(CommonErrorCode.CONFLICT, '该事项已被他人修改，请刷新后重试');
    return item;
  }

  /** 说事: records the item and, in the same flush, the event that makes it a case in governance. */
  async raise(input: RaiseAgendaItem): Promise<AgendaItem> {
    const meeting = await this.meetingForWriting(input.meetingId, 'meetingId');
    if (meeting.kind !== MeetingKind.VILLAGERS_FORUM || meeting.villageCode.length !== 12)
      throw agendaItemError(E.MEETING_NOT_FORUM);
    if (meeting.status === MeetingStatus.CANCELLED) throw agendaItemError(E.MEETING_NOT_FORUM, '该说事会已取消');
    if (!within(AgendaTrack, input.track)) throw agendaItemError(E.TRACK_INVALID);
    if (!within(AgendaMatterKind, input.kind)) throw agendaItemError(E.KIND_INVALID);
    if (!within(AgendaDomain, input.domain)) throw agendaItemError(E.DOMAIN_INVALID);
    const title = requiredText(input.title, AGENDA_LIMITS.title, E.TITLE_INVALID);
    const description = requiredText(input.description, AGENDA_LIMITS.description, E.DESCRIPTION_INVALID, true);
    const raisedByName = optionalName(input.raisedByName, E.RAISED_BY_NAME_INVALID);
    const householdId = optionalId(input.householdId, E.HOUSEHOLD_ID_INVALID);
    const raisedByCadreId = input.raisedByCadreId?.trim() || null;
    const linkCaseId = optionalId(input.linkCaseId, E.LINK_CASE_ID_INVALID);
    const villager = raisedByName !== null || householdId !== null;
    if (villager === (raisedByCadreId !== null)) throw agendaItemError(E.RAISED_BY_MISSING);
    if (raisedByCadreId) await this.checkCadre(raisedByCadreId, meeting.villageCode);
    const forumOn = todayInChina(meeting.date);
    const item = this.em.create(AgendaItem, {
      meetingId: meeting.id,
      villageCode: meeting.villageCode,
      forumOn,
      decisionDueOn: addDays(forumOn, DECISION_DAYS),
      track: input.track,
      title,
      description,
      kind: input.kind,
      domain: input.domain,
      raisedByName,
      householdId,
      raisedByCadreId,
      raisedByAccountId: this.principal.accountId,
      linkCaseId,
    });
    const payload = agendaItemRaisedSchema.parse({
      agendaItemId: item.id,
      meetingId: meeting.id,
      villageCode: meeting.villageCode,
      track: item.track,
      title,
      description,
      kind: item.kind,
      domain: item.domain,
      householdId,
      linkCaseId,
      raisedByAccountId: this.principal.accountId,
      raisedAt: item.createdAt.toISOString(),
    });
    addEvent(this.em, { type: MeetingsEventType.AGENDA_ITEM_RAISED, aggregateId: item.id, payload });
    await this.em.persist(item).flush();
    return item;
  }

  /** A cadre of the forum's village or a level above it (the township's 包村领导), as the caller sees them. */
  private async checkCadre(id: string, villageCode: string): Promise<void> {
    if (!this.findCadre) throw new Error('AgendaItemService needs findCadre to check a cadre');
    const cadre = isUuid(id) ? await this.findCadre(id) : null;
    if (!cadre || !villageCode.startsWith(cadre.divisionCode)) throw agendaItemError(E.CADRE_NOT_FOUND);
  }

  /** Puts the item on another track; only before the committee has decided on it. */
  async classify(id: string, version: number, track: AgendaTrack): Promise<AgendaItem> {
    const item = await this.loadForWriting(id, version);
    if (!within(AgendaTrack, track)) throw agendaItemError(E.TRACK_INVALID);
    if (item.decidedOn) throw agendaItemError(E.ALREADY_DECIDED);
    item.track = track;
    await this.em.flush();
    return item;
  }

  /** 为民办事: the village committee's decision, late when after the forum day + 3 (still recorded, flagged). */
  async decide(id: string, version: number, input: AgendaDecision): Promise<AgendaItem> {
    const item = await this.loadForWriting(id, version);
    if (item.decidedOn) throw agendaItemError(E.ALREADY_DECIDED);
    const decidedOn = (input.decidedOn ?? '').trim();
    if (!isCalendarDate(decidedOn) || decidedOn < item.forumOn || decidedOn > todayInChina())
      throw agendaItemError(E.DECIDED_ON_INVALID);
    const dueOn = (input.dueOn ?? '').trim();
    if (!isCalendarDate(dueOn) || dueOn < decidedOn || dueOn > addDays(decidedOn, 366))
      throw agendaItemError(E.DUE_ON_INVALID);
    item.decision = requiredText(input.decision, AGENDA_LIMITS.decision, E.DECISION_INVALID, true);
    item.responsibleName = optionalName(input.responsibleName, E.RESPONSIBLE_NAME_INVALID);
    Object.assign(item, { decidedOn, dueOn });
    await this.em.flush();
    return item;
  }

  /**
   * 双述双评: an attendee rates an item at the village's annual review (one rating per person and review;
   * a second replaces the first). The item's tally is recounted in the same transaction.
   */
  async rate(agendaItemId: string, reviewMeetingId: string, rating: AgendaRating): Promise<AgendaItem> {
    if (!within(AgendaRating, rating)) throw agendaItemError(E.RATING_INVALID);
    const item = await this.loadForWriting(agendaItemId, null, Action.AGENDA_RATE, 'agendaItemId');
    const review = await this.meetingForWriting(reviewMeetingId, 'reviewMeetingId', Action.AGENDA_RATE);
    if (
      review.kind !== MeetingKind.ANNUAL_REVIEW ||
      review.villageCode !== item.villageCode ||
      review.status === MeetingStatus.CANCELLED ||
      todayInChina(review.date) < item.forumOn
    )
      throw agendaItemError(E.REVIEW_MEETING_INVALID);
    await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into agenda_item_rating (id, agenda_item_id, review_meeting_id, rater_account_id, rating)
         values (?, ?, ?, ?, ?) on conflict (agenda_item_id, review_meeting_id, rater_account_id)
         do update set rating = excluded.rating, updated_at = now(), version = agenda_item_rating.version + 1`,
        [v7(), item.id, review.id, this.principal.accountId, rating],
      );
      await tx.execute(
        `update agenda_item set
           rated_satisfied = (select count(*) from agenda_item_rating r where r.agenda_item_id = ? and r.rating = ?),
           rated_basically = (select count(*) from agenda_item_rating r where r.agenda_item_id = ? and r.rating = ?),
           rated_dissatisfied = (select count(*) from agenda_item_rating r where r.agenda_item_id = ? and r.rating = ?)
         where id = ?`,
        [
          item.id,
          AgendaRating.SATISFIED,
          item.id,
          AgendaRating.BASICALLY_SATISFIED,
          item.id,
          AgendaRating.DISSATISFIED,
          item.id,
        ],
      );
    });
    await this.em.refresh(item);
    return item;
  }
}
