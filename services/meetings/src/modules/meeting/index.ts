// The meeting module's public API for the other meetings modules (agenda-item, deliberation, minutes).
export { Meeting, MeetingConnection, MeetingKind, MeetingStatus } from './meeting.entity.js';
export { Attendance, AttendanceRole, ObserverKind } from './attendance.entity.js';
export { ForumDay } from './forum-day.entity.js';
export { MeetingErrorCode, meetingError, meetingNotFound } from './meeting.errors.js';
export { MeetingService, ownDivision } from './meeting.service.js';
export { loadMeetingForWrite, requireOpen } from './meeting-write.service.js';
export { attendanceOfMeetings } from './attendance.service.js';
export { localTime } from './meeting-events.js';
export { KIND_LABEL } from './meeting-notice.pdf.js';
export { CadreRef, RegionRef, meetingService } from './meeting.reference.js';
export {
  findCadre,
  visibleCadreRef,
  type CadreSummary,
  type FindCadre,
  type MeetingsContext,
} from './cadre-directory.js';
export { MeetingResolver } from './meeting.resolver.js';
export { AttendanceResolver, MeetingAttendanceResolver } from './attendance.resolver.js';
export { MeetingSettingsResolver, VillageObserverRuleResolver } from './meeting-settings.resolver.js';
export { RegionMeetingsResolver, meetingReference } from './meeting.reference.js';

import { Meeting } from './meeting.entity.js';
import { Attendance } from './attendance.entity.js';
import { ForumDay } from './forum-day.entity.js';
import { MeetingResolver } from './meeting.resolver.js';
import { AttendanceResolver, MeetingAttendanceResolver } from './attendance.resolver.js';
import { MeetingSettingsResolver, VillageObserverRuleResolver } from './meeting-settings.resolver.js';
import { RegionMeetingsResolver } from './meeting.reference.js';

/** What schema.ts registers for this module. */
export const meetingEntities: Function[] = [Meeting, Attendance, ForumDay];
export const meetingResolvers: [Function, ...Function[]] = [
  MeetingResolver,
  MeetingAttendanceResolver,
  AttendanceResolver,
  MeetingSettingsResolver,
  VillageObserverRuleResolver,
  RegionMeetingsResolver,
];
