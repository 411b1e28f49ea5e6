import type pg from 'pg';
import type { SignedClient } from './graphql.js';
import { RetryingWorkload, idempotent } from './workload.js';

const CREATE = 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }';
const HOLD = 'mutation($id: ID!) { holdMeeting(id: $id) { id status } }';
const RECORD = 'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }';

/** One step of the forums' workload: a cadre's attendance recorded, or a forum held. */
export type ForumStep = { meetingId: string; cadreId: string } | { meetingId: string; hold: true };

/**
 * Enough villagers' forums of the village (yesterday, so they may be held) for `count` attendances of its
 * cadres, created through meetings' API. The first half is held now: their attendances earn points as they
 * are recorded. The steps: each forum's attendances, and for the other half the forum held after them (the
 * events of its attendance go out then; an attendance recorded at the same moment waits on the forum's lock).
 */
export async function createForums(
  meetings: SignedClient,
  villageCode: string,
  cadreIds: string[],
  count: number,
): Promise<ForumStep[]> {
  const n = Math.ceil(count / cadreIds.length);
  const date = new Date(Date.now() - 24 * 3600_000).toISOString();
  const steps: ForumStep[] = [];
  for (let k = 0; k < n; k++) {
    const i = { kind: 'VILLAGERS_FORUM', villageCode, date, title: `压测说事会 ${k + 1}`, place: '村部会议室' };
    const { id } = (await meetings.request<{ createMeeting: { id: string } }>('createMeeting', CREATE, { i }))
      .createMeeting;
    const heldFirst = k < n / 2;
    if (heldFirst) await meetings.request('holdMeeting', HOLD, { id });
    const slots = cadreIds.slice(0, Math.min(cadreIds.length, count - k * cadreIds.length));
    steps.push(...slots.map((cadreId) => ({ meetingId: id, cadreId })));
    if (!heldFirst) steps.push({ meetingId: id, hold: true });
  }
  return steps;
}

/** The forums' steps through meetings' API, one per job; `gate` paces them. */
export function forumWorkload(
  meetings: SignedClient,
  db: pg.Pool,
  steps: ForumStep[],
  gate?: (n: number) => Promise<void>,
): RetryingWorkload {
  const row = async (sql: string, params: unknown[]): Promise<boolean> => (await db.query(sql, params)).rowCount === 1;
  return new RetryingWorkload(
    steps.length,
    (n) => {
      const step = steps[n]!;
      if ('hold' in step) {
        const id = step.meetingId;
        return idempotent(
          async () =>
            (await meetings.tryRequest<{ holdMeeting: { status: string } }>('holdMeeting', HOLD, { id }))?.holdMeeting
              .status === 'HELD',
          () => row(`select 1 from meeting where id = $1 and status = 'HELD'`, [id]),
        );
      }
      const i = { ...step, role: 'MEMBER', present: true };
      return idempotent(
        async () =>
          Boolean(
            (await meetings.tryRequest<{ recordAttendance: { id: string } }>('recordAttendance', RECORD, { i }))
              ?.recordAttendance.id,
          ),
        () => row('select 1 from meeting_attendance where meeting_id = $1 and cadre_id = $2', [i.meetingId, i.cadreId]),
      );
    },
    gate,
  );
}
