import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { Action, authorize, can, type Principal } from '@xiangzhi/auth';
import { charCount, hasControlChars, isUuid } from '@xiangzhi/subgraph-kit';
import { KIND_LABEL, Meeting, MeetingStatus } from '../meeting/index.js';
import { Minutes, MinutesAddendum, MinutesStatus } from './minutes.entity.js';
import { ADDENDUM_MAX, BODY_MAX, MinutesErrorCode, minutesError, minutesNotFound } from './minutes.errors.js';
import { chinaDateTime, composeDraft, sectionsOf, type MinutesPrintable } from './minutes.draft.js';
import { loadRecord, type CadreNames } from './minutes.record.js';

const noNames: CadreNames = async () => new Map();

/** Multi-line text of 1..max characters, line breaks and tabs allowed; the error names the rule broken. */
function checkText(value: string, max: number, code: MinutesErrorCode): string {
  const text = (value ?? '').trim();
  if (charCount(text) < 1 || charCount(text) > max) throw minutesError(code, `应为 1 到 ${max} 个字`);
  if (hasControlChars(text, true)) throw minutesError(code, '不能包含控制字符（只允许换行和制表符）');
  return text;
}

/**
 * Minutes rules and scoping: read with MEETING_MINUTES_READ, written with MINUTES_WRITE, both limited to
 * the meeting's village being under the caller's division. Published minutes are read-only.
 */
export class MinutesService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly names: CadreNames = noNames,
  ) {}

  private readable(m: Minutes | null): Minutes | null {
    return m && can(this.principal, Action.MEETING_MINUTES_READ, { divisionCode: m.villageCode }) ? m : null;
  }

  /** The meeting's minutes, or null when none are drafted or the meeting is not the caller's to see. */
  async forMeeting(meetingId: string): Promise<Minutes | null> {
    authorize(this.principal, Action.MEETING_MINUTES_READ);
    if (!isUuid(meetingId)) return null;
    return this.readable(await this.em.findOne(Minutes, { meetingId }));
  }

  async get(id: string): Promise<Minutes | null> {
    authorize(this.principal, Action.MEETING_MINUTES_READ);
    if (!isUuid(id)) return null;
    return this.readable(await this.em.findOne(Minutes, { id }));
  }

  /** Addenda of many minutes in one statement, oldest first. */
  async addenda(minutesIds: readonly string[]): Promise<Map<string, MinutesAddendum[]>> {
    const rows = await this.em.find(
      MinutesAddendum,
      { minutesId: { $in: [...minutesIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const out = new Map<string, MinutesAddendum[]>();
    for (const row of rows) out.set(row.minutesId, [...(out.get(row.minutesId) ?? []), row]);
    return out;
  }

  private async writableMeeting(meetingId: string): Promise<Meeting> {
    authorize(this.principal, Action.MINUTES_WRITE);
    const meeting = isUuid(meetingId) ? await this.em.findOne(Meeting, { id: meetingId }) : null;
    if (!meeting || !can(this.principal, Action.MINUTES_WRITE, { divisionCode: meeting.villageCode }))
      throw minutesError(MinutesErrorCode.MEETING_NOT_FOUND);
    return meeting;
  }

  private async writable(id: string, field = 'id'): Promise<Minutes> {
    authorize(this.principal, Action.MINUTES_WRITE);
    const minutes = isUuid(id) ? await this.em.findOne(Minutes, { id }) : null;
    if (!minutes || !can(this.principal, Action.MINUTES_WRITE, { divisionCode: minutes.villageCode }))
      throw minutesNotFound(field);
    return minutes;
  }

  /** Refuses an edit of published minutes or one made on a stale version. */
  private checkEditable(minutes: Minutes, version: number): void {
    if (minutes.status === MinutesStatus.PUBLISHED) throw minutesError(MinutesErrorCode.PUBLISHED);
    if (minutes.version !== version) throw minutesError(MinutesErrorCode.VERSION_CONFLICT);
  }

  private async save(minutes: Minutes): Promise<Minutes> {
    try {
      await this.em.persist(minutes).flush();
    } catch (e) {
      // another editor saved between our read and our write
      if (e instanceof OptimisticLockError) throw minutesError(MinutesErrorCode.VERSION_CONFLICT);
      throw e;
    }
    return minutes;
  }

  /**
   * Drafts the minutes from the meeting's record (attendance, items and decisions, votes). With `version`,
   * a draft that exists is drafted again from the record (what was typed into it is replaced).
   */
  async draft(meetingId: string, version?: number | null): Promise<Minutes> {
    const meeting = await this.writableMeeting(meetingId);
    if (meeting.status === MeetingStatus.CANCELLED) throw minutesError(MinutesErrorCode.MEETING_CANCELLED);
    const existing = await this.em.findOne(Minutes, { meetingId: meeting.id });
    if (existing && version == null) throw minutesError(MinutesErrorCode.ALREADY_DRAFTED);
    if (existing) this.checkEditable(existing, version!);
    const body = composeDraft(await loadRecord(this.em, meeting, this.names)).slice(0, BODY_MAX);
    const minutes =
      existing ??
      this.em.create(Minutes, {
        meetingId: meeting.id,
        villageCode: meeting.villageCode,
        status: MinutesStatus.DRAFT,
        body,
      });
    minutes.body = body;
    minutes.editedBy = this.principal.username;
    return this.save(minutes);
  }

  async update(id: string, version: number, body: string): Promise<Minutes> {
    const minutes = await this.writable(id);
    this.checkEditable(minutes, version);
    minutes.body = checkText(body, BODY_MAX, MinutesErrorCode.BODY_INVALID);
    minutes.editedBy = this.principal.username;
    return this.save(minutes);
  }

  /** Publishes the minutes of a held meeting: from now on read-only, corrected only by addenda. */
  async publish(id: string, version: number): Promise<Minutes> {
    const minutes = await this.writable(id);
    this.checkEditable(minutes, version);
    const meeting = await this.em.findOne(Meeting, { id: minutes.meetingId });
    if (meeting?.status !== MeetingStatus.HELD) throw minutesError(MinutesErrorCode.MEETING_NOT_HELD);
    minutes.status = MinutesStatus.PUBLISHED;
    minutes.publishedAt = new Date();
    minutes.publishedBy = this.principal.username;
    return this.save(minutes);
  }

  /** A correction of published minutes, kept with who wrote it and when; the minutes' text stays as published. */
  async addAddendum(minutesId: string, text: string): Promise<MinutesAddendum> {
    const minutes = await this.writable(minutesId, 'minutesId');
    if (minutes.status !== MinutesStatus.PUBLISHED) throw minutesError(MinutesErrorCode.NOT_PUBLISHED);
    const addendum = this.em.create(MinutesAddendum, {
      minutesId: minutes.id,
      text: checkText(text, ADDENDUM_MAX, MinutesErrorCode.ADDENDUM_INVALID),
      authorAccountId: this.principal.accountId,
      author: this.principal.username,
      createdAt: new Date(),
    });
    await this.em.persist(addendum).flush();
    return addendum;
  }

  /** What the .docx and PDF print, or null when the minutes are not the caller's to see. */
  async printable(id: string): Promise<MinutesPrintable | null> {
    const minutes = await this.get(id);
    if (!minutes) return null;
    const meeting = await this.em.findOneOrFail(Meeting, { id: minutes.meetingId });
    const published = minutes.status === MinutesStatus.PUBLISHED;
    const addenda = (await this.addenda([minutes.id])).get(minutes.id) ?? [];
    return {
      title: `${meeting.title}会议纪要`,
      subtitle: `${KIND_LABEL[meeting.kind]} · ${chinaDateTime(meeting.date)} · ${published ? '已发布' : '草稿'}`,
      published,
      sections: sectionsOf(minutes.body),
      addenda: addenda.map((a) => ({ author: a.author, at: a.createdAt, text: a.text })),
    };
  }
}
