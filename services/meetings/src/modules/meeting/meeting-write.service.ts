import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { AppError, charCount, hasControlChars, isUuid, todayInChina } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingStatus } from './meeting.entity.js';
import { Attendance } from './attendance.entity.js';
import { MeetingErrorCode, REASON_MAX, meetingError, meetingNotFound } from './meeting.errors.js';
import { checkChair, ownDivision, validateNewMeeting, type MeetingInput } from './meeting.service.js';
import { addAttended, addNoticePublished } from './meeting-events.js';
import type { FindCadre } from './cadre-directory.js';

/** What updateMeeting may change: the village stays (its items and attendance belong to it). */
export type MeetingChanges = Partial<Omit<MeetingInput, 'villageCode' | 'minutes'>>;

/** A refusal of the module's table, on the field the caller used to name the thing (`id`, `meetingId`). */
export const refusal = (code: MeetingErrorCode, field: string): AppError => {
  const e = meetingError(code);
  return new AppError(e.code, e.message, field);
};

/** A meeting that is over (held or cancelled) takes no more changes. */
export function requireOpen(m: Meeting, field = 'id'): void {
  if (m.status === MeetingStatus.HELD) throw refusal(MeetingErrorCode.ALREADY_HELD, field);
  if (m.status === MeetingStatus.CANCELLED) throw refusal(MeetingErrorCode.ALREADY_CANCELLED, field);
}

/**
 * A meeting in the caller's jurisdiction for writing (MEETING_WRITE), or MEETING_NOT_FOUND on `field`
 * (unknown, malformed and foreign ids answer alike). `lock`: row-locked until the transaction ends, so
 * holding a meeting and recording an attendance never pass each other (the attended event is sent once).
 */
export async function loadMeetingForWrite(
  em: EntityManager,
  principal: Principal,
  id: string,
  opts: { field?: string; lock?: boolean } = {},
): Promise<Meeting> {
  authorize(principal, Action.MEETING_WRITE);
  const prefix = ownDivision(principal);
  if (!isUuid(id)) throw meetingNotFound(opts.field);
  const m = await em.findOne(
    Meeting,
    { id, villageCode: { $like: `${prefix}%` } },
    opts.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!m) throw meetingNotFound(opts.field);
  return m;
}

/** The status changes of a meeting: edit, publish its notice, cancel, hold. Each in one transaction. */
export class MeetingWriteService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre: FindCadre,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `change` on the locked meeting in a transaction; the events it adds commit with it. */
  private locked(id: string, change: (m: Meeting, tx: EntityManager) => void | Promise<void>): Promise<Meeting> {
    return this.em.transactional(async (tx) => {
      const m = await loadMeetingForWrite(tx, this.principal, id, { lock: true });
      await change(m, tx);
      return m;
    });
  }

  async update(id: string, version: number, changes: MeetingChanges): Promise<Meeting> {
    const current = await loadMeetingForWrite(this.em, this.principal, id);
    const merged: MeetingInput = {
      kind: changes.kind ?? current.kind,
      villageCode: current.villageCode,
      date: changes.date ?? current.date,
      title: changes.title ?? current.title,
      chairCadreId: changes.chairCadreId === undefined ? current.chairCadreId : changes.chairCadreId,
      place: changes.place === undefined ? current.place : changes.place,
      noticeText: changes.noticeText === undefined ? current.noticeText : changes.noticeText,
    };
    const values = validateNewMeeting(this.principal, merged, this.now().getTime());
    if (values.chairCadreId && values.chairCadreId !== current.chairCadreId)
      await checkChair(this.findCadre, values.chairCadreId, values.villageCode);
    return this.locked(id, (m) => {
      if (m.version !== version) throw meetingError(MeetingErrorCode.VERSION_CONFLICT);
      requireOpen(m);
      const { kind, date, title, chairCadreId, place, noticeText } = values;
      Object.assign(m, { kind, date, title, chairCadreId, place, noticeText });
    });
  }

  /** SCHEDULED → NOTICED (again when corrected: a second notice goes out). Needs a place. */
  publishNotice(id: string): Promise<Meeting> {
    return this.locked(id, (m, tx) => {
      requireOpen(m);
      if (!m.place) throw meetingError(MeetingErrorCode.PLACE_INVALID, '发布通知前请先填写会议地点');
      m.status = MeetingStatus.NOTICED;
      m.noticePublishedAt = this.now();
      addNoticePublished(tx, m);
    });
  }

  cancel(id: string, reason: string): Promise<Meeting> {
    const text = (reason ?? '').trim();
    if (charCount(text) < 1 || charCount(text) > REASON_MAX)
      throw meetingError(MeetingErrorCode.CANCEL_REASON_INVALID, `应为 1 到 ${REASON_MAX} 个字`);
    if (hasControlChars(text)) throw meetingError(MeetingErrorCode.CANCEL_REASON_INVALID, '不能包含控制字符');
    return this.locked(id, (m) => {
      requireOpen(m);
      m.status = MeetingStatus.CANCELLED;
      m.cancelReason = text;
    });
  }

  /** → HELD on its day or later; every present cadre recorded so far gets its MeetingAttended now. */
  hold(id: string): Promise<Meeting> {
    return this.locked(id, async (m, tx) => {
      requireOpen(m);
      if (todayInChina(m.date) > todayInChina(this.now())) throw meetingError(MeetingErrorCode.NOT_YET_DUE);
      m.status = MeetingStatus.HELD;
      m.heldAt = this.now();
      const pending = await tx.find(Attendance, {
        meetingId: m.id,
        present: true,
        cadreId: { $ne: null },
        withdrawnAt: null,
        attendedEventId: null,
      });
      for (const a of pending) addAttended(tx, m, a);
    });
  }
}
