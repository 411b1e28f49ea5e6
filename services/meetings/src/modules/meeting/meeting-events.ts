import type { EntityManager } from '@mikro-orm/postgresql';
import {
  MeetingsEventType,
  addEvent,
  type MeetingAttendanceWithdrawn,
  type MeetingAttended,
  type MeetingNoticePublished,
} from '@xiangzhi/events';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import type { Meeting } from './meeting.entity.js';
import type { Attendance } from './attendance.entity.js';

// The contracts (libs/events/src/contracts/meetings.ts) name a 12-digit village: a township review held at
// the township (9 digits) sends no event until the contract gains a division field.
const atVillage = (m: Meeting): boolean => m.villageCode.length === 12;

/** Beijing wall-clock parts of an instant: meetings are announced in local time. */
const LOCAL = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
export function localTime(d: Date): string {
  const p = Object.fromEntries(LOCAL.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** Who is asked to come, by kind (seed 003: the forum is open to villagers, observed by the liaison leader). */
const INVITED: Record<string, string> = {
  VILLAGERS_FORUM: '村“两委”成员、“两代表一委员”、党员中心户、群众代表，欢迎村民到会说事；包村领导、驻村工作队列席',
  WEEKLY_BRIEFING: '村“两委”成员、联户党员、网格员',
  TOWNSHIP_REVIEW: '乡镇领导班子成员、包村干部、各村党组织书记',
  COMMITTEE: '村“两委”全体成员',
  PARTY_ASSEMBLY: '全体党员',
  REPRESENTATIVES_ASSEMBLY: '全体村民代表',
  ANNUAL_REVIEW: '全体党员、群众代表',
};

/** The notice as published: the meeting's own text, or one written from its facts. Names no villager. */
export function noticeTextOf(m: Meeting): string {
  if (m.noticeText) return m.noticeText;
  const place = m.place ?? '（地点另行通知）';
  return `定于${localTime(m.date)}在${place}召开${m.title}，请${INVITED[m.kind] ?? '有关人员'}准时参加。`;
}

/** MeetingNoticePublished in the caller's unit of work (the notification channel is whatever subscribes). */
export function addNoticePublished(em: EntityManager, m: Meeting): void {
  if (!atVillage(m)) return;
  const payload: MeetingNoticePublished = {
    meetingId: m.id,
    meetingKind: m.kind,
    villageCode: m.villageCode,
    title: m.title,
    startsAt: m.date.toISOString(),
    place: m.place ?? '',
    text: noticeTextOf(m),
  };
  addEvent(em, { type: MeetingsEventType.MEETING_NOTICE_PUBLISHED, aggregateId: m.id, payload });
}

/** True when the attendance earns a MeetingAttended now: a present cadre at a held meeting, not yet sent. */
export const owesAttendedEvent = (m: Meeting, a: Attendance): boolean =>
  m.status === 'HELD' && a.present && !!a.cadreId && !!a.cadreDivisionCode && !a.withdrawnAt && !a.attendedEventId;

/** MeetingAttended for `a`, once: the event's id is kept on the attendance, which a withdrawal refers to. */
export function addAttended(em: EntityManager, m: Meeting, a: Attendance): void {
  if (!atVillage(m) || !owesAttendedEvent(m, a)) return;
  const payload: MeetingAttended = {
    attendanceId: a.id,
    meetingId: m.id,
    meetingKind: m.kind,
    villageCode: m.villageCode,
    cadreId: a.cadreId!,
    divisionCode: a.cadreDivisionCode!,
    role: a.role,
    heldOn: todayInChina(m.date),
  };
  a.attendedEventId = addEvent(em, { type: MeetingsEventType.MEETING_ATTENDED, aggregateId: a.id, payload }).id;
}

/** MeetingAttendanceWithdrawn for an attendance whose MeetingAttended went out (nothing to reverse otherwise). */
export function addAttendanceWithdrawn(em: EntityManager, m: Meeting, a: Attendance): void {
  if (!a.attendedEventId || !a.cadreId || !a.cadreDivisionCode) return;
  const payload: MeetingAttendanceWithdrawn = {
    attendanceId: a.id,
    attendedEventId: a.attendedEventId,
    meetingId: m.id,
    cadreId: a.cadreId,
    divisionCode: a.cadreDivisionCode,
    heldOn: todayInChina(m.date),
  };
  addEvent(em, { type: MeetingsEventType.MEETING_ATTENDANCE_WITHDRAWN, aggregateId: a.id, payload });
}
