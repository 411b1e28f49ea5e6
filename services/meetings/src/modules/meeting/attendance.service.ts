import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { charCount, groupBy, hasControlChars, isUuid } from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingStatus } from './meeting.entity.js';
import { Attendance, AttendanceRole, ObserverKind } from './attendance.entity.js';
import { MeetingErrorCode, PERSON_NAME_MAX, meetingError } from './meeting.errors.js';
import { loadMeetingForWrite, refusal } from './meeting-write.service.js';
import { ownDivision } from './meeting.service.js';
import { addAttendanceWithdrawn, addAttended } from './meeting-events.js';
import type { FindCadre } from './cadre-directory.js';

export interface AttendanceInput {
  meetingId: string;
  cadreId?: string | null;
  name?: string | null;
  role: AttendanceRole;
  observerKind?: ObserverKind | null;
  present: boolean;
}

const ROLES = new Set<string>(Object.values(AttendanceRole));
const OBSERVER_KINDS = new Set<string>(Object.values(ObserverKind));
const ROLE_ORDER: Record<AttendanceRole, number> = { CHAIR: 0, MEMBER: 1, OBSERVER: 2 };

/** The attendance (not withdrawn) of many meetings in one statement: chair first, then members, then observers. */
export async function attendanceOfMeetings(
  em: EntityManager,
  meetingIds: readonly string[],
): Promise<Map<string, Attendance[]>> {
  const ids = [...new Set(meetingIds)].filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await em.find(Attendance, { meetingId: { $in: ids }, withdrawnAt: null }, { orderBy: { id: 'asc' } });
  rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return groupBy(
    rows,
    (a) => a.meetingId,
    (a) => a,
  );
}

/** The checks of recordAttendance that need no database: role and kind, then who (a cadre or a name). */
export function validateAttendance(input: AttendanceInput): {
  cadreId: string | null;
  name: string | null;
  observerKind: ObserverKind | null;
} {
  if (!ROLES.has(input.role)) throw meetingError(MeetingErrorCode.ATTENDANCE_OBSERVER_KIND_INVALID, '参会身份无效');
  const observerKind = input.observerKind ?? null;
  const isObserver = input.role === AttendanceRole.OBSERVER;
  if (isObserver !== (observerKind !== null) || (observerKind && !OBSERVER_KINDS.has(observerKind)))
    throw meetingError(MeetingErrorCode.ATTENDANCE_OBSERVER_KIND_INVALID);
  const cadreId = input.cadreId?.trim() || null;
  if (cadreId) {
    if (!isUuid(cadreId)) throw refusal(MeetingErrorCode.CADRE_NOT_FOUND, 'cadreId');
    return { cadreId, name: null, observerKind };
  }
  // the liaison leader is a township cadre: named from governance's roster, never typed in
  if (observerKind === ObserverKind.LIAISON_LEADER)
    throw meetingError(MeetingErrorCode.ATTENDANCE_LIAISON_NOT_TOWNSHIP, '请选择包村领导');
  const name = input.name?.trim() ?? '';
  if (charCount(name) < 1 || charCount(name) > PERSON_NAME_MAX || hasControlChars(name))
    throw meetingError(MeetingErrorCode.ATTENDANCE_PERSON_INVALID);
  return { cadreId: null, name, observerKind };
}

/** Who came to a meeting, and the MeetingAttended / MeetingAttendanceWithdrawn events that follow. */
export class AttendanceService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre: FindCadre,
  ) {}

  async record(input: AttendanceInput): Promise<Attendance> {
    const meeting = await loadMeetingForWrite(this.em, this.principal, input.meetingId, { field: 'meetingId' });
    const person = validateAttendance(input);
    let cadreDivisionCode: string | null = null;
    if (person.cadreId) {
      const cadre = await this.findCadre(person.cadreId);
      // a cadre of the meeting's place or above it (the township's, the county's), as the caller sees them
      if (!cadre || !meeting.villageCode.startsWith(cadre.divisionCode))
        throw refusal(MeetingErrorCode.CADRE_NOT_FOUND, 'cadreId');
      if (person.observerKind === ObserverKind.LIAISON_LEADER && cadre.divisionCode.length !== 9)
        throw meetingError(MeetingErrorCode.ATTENDANCE_LIAISON_NOT_TOWNSHIP);
      cadreDivisionCode = cadre.divisionCode;
    }
    return this.em.transactional(async (tx) => {
      const m = await loadMeetingForWrite(tx, this.principal, meeting.id, { field: 'meetingId', lock: true });
      if (m.status === MeetingStatus.CANCELLED) throw refusal(MeetingErrorCode.ALREADY_CANCELLED, 'meetingId');
      if (
        person.cadreId &&
        (await tx.count(Attendance, { meetingId: m.id, cadreId: person.cadreId, withdrawnAt: null }))
      )
        throw meetingError(MeetingErrorCode.ATTENDANCE_DUPLICATE);
      const a = tx.create(Attendance, {
        meetingId: m.id,
        ...person,
        cadreDivisionCode,
        role: input.role,
        present: input.present === true,
        recordedBy: this.principal.accountId,
      });
      // recorded after the meeting was held: its event goes now (same transaction as the row)
      addAttended(tx, m, a);
      tx.persist(a);
      return a;
    });
  }

  async withdraw(id: string): Promise<Attendance> {
    authorize(this.principal, Action.MEETING_WRITE);
    const prefix = ownDivision(this.principal);
    const notFound = () => meetingError(MeetingErrorCode.ATTENDANCE_NOT_FOUND);
    if (!isUuid(id)) throw notFound();
    const found = await this.em.findOne(Attendance, { id });
    if (!found) throw notFound();
    const visible = await this.em.count(Meeting, { id: found.meetingId, villageCode: { $like: `${prefix}%` } });
    if (!visible) throw notFound();
    return this.em.transactional(async (tx) => {
      const m = await loadMeetingForWrite(tx, this.principal, found.meetingId, { lock: true });
      const a = await tx.findOneOrFail(Attendance, { id }, { refresh: true });
      if (a.withdrawnAt) throw meetingError(MeetingErrorCode.ATTENDANCE_ALREADY_WITHDRAWN);
      a.withdrawnAt = new Date();
      addAttendanceWithdrawn(tx, m, a);
      return a;
    });
  }
}
