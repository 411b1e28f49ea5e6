import { z } from 'zod';

/*
 * The events meetings publishes (same rules as governance's: additive changes only; ids and division
 * codes, never a villager's personal data; a forum item's matter text is the case's description).
 */

export const MeetingsEventType = {
  /** 说事: an item raised at a forum, to become a case in governance (or be linked to one). */
  AGENDA_ITEM_RAISED: 'AgendaItemRaised',
  /** A cadre attended a meeting that was held (points: forum attendance). One event per attendance. */
  MEETING_ATTENDED: 'MeetingAttended',
  /** An attendance recorded earlier was withdrawn (recorded in error): points writes the correction. */
  MEETING_ATTENDANCE_WITHDRAWN: 'MeetingAttendanceWithdrawn',
  /** A meeting's notice was published: the notification channel (a subscriber) sends it on. */
  MEETING_NOTICE_PUBLISHED: 'MeetingNoticePublished',
} as const;
export type MeetingsEventType = (typeof MeetingsEventType)[keyof typeof MeetingsEventType];

const division = z.string().regex(/^\d{6}(\d{3}){0,2}$/);
const village = z.string().regex(/^\d{12}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const at = z.string().datetime({ offset: true });
const meetingKind = z.enum([
  'VILLAGERS_FORUM',
  'WEEKLY_BRIEFING',
  'TOWNSHIP_REVIEW',
  'COMMITTEE',
  'PARTY_ASSEMBLY',
  'REPRESENTATIVES_ASSEMBLY',
  'ANNUAL_REVIEW',
]);

/** 说事: governance creates a case from it (source FORUM), or links `linkCaseId` when the item names one. */
export const agendaItemRaisedSchema = z.object({
  agendaItemId: z.uuid(),
  meetingId: z.uuid(),
  villageCode: village,
  track: z.enum(['VILLAGE', 'MAJOR_PUBLIC', 'HIGHER_LEVEL']),
  title: z.string().min(1).max(100),
  description: z.string().min(1).max(2000),
  kind: z.enum(['PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION']),
  domain: z.enum(['INDUSTRY', 'LIVELIHOOD', 'GOVERNANCE', 'INFRASTRUCTURE', 'CADRE_CONDUCT']),
  householdId: z.uuid().nullable(),
  linkCaseId: z.uuid().nullable(),
  /** The account that recorded the item (the case's creator). */
  raisedByAccountId: z.uuid(),
  raisedAt: at,
});
export type AgendaItemRaised = z.infer<typeof agendaItemRaisedSchema>;

/** One cadre's attendance at a held meeting. */
export const meetingAttendedSchema = z.object({
  attendanceId: z.uuid(),
  meetingId: z.uuid(),
  meetingKind: meetingKind,
  villageCode: village,
  cadreId: z.uuid(),
  /** The cadre's own division (the points rule's jurisdiction). */
  divisionCode: division,
  role: z.enum(['CHAIR', 'MEMBER', 'OBSERVER']),
  heldOn: day,
});
export type MeetingAttended = z.infer<typeof meetingAttendedSchema>;

/** The attendance `attendanceId` was withdrawn: the line its MeetingAttended earned is reversed. */
export const meetingAttendanceWithdrawnSchema = z.object({
  attendanceId: z.uuid(),
  attendedEventId: z.uuid(),
  meetingId: z.uuid(),
  cadreId: z.uuid(),
  divisionCode: division,
  heldOn: day,
});
export type MeetingAttendanceWithdrawn = z.infer<typeof meetingAttendanceWithdrawnSchema>;

/** A notice to send on (the notification channel renders `text`, which names no villager). */
export const meetingNoticePublishedSchema = z.object({
  meetingId: z.uuid(),
  meetingKind: meetingKind,
  villageCode: village,
  title: z.string().max(100),
  startsAt: at,
  place: z.string().max(100),
  text: z.string().max(2000),
});
export type MeetingNoticePublished = z.infer<typeof meetingNoticePublishedSchema>;
