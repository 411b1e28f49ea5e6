import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import type { DemoDataset } from '@xiangzhi/testing';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import {
  Attendance,
  AttendanceRole,
  ForumDay,
  Meeting,
  MeetingKind,
  MeetingStatus,
  ObserverKind,
} from './modules/meeting/index.js';
import { seedAgendaDemo } from './modules/agenda-item/index.js';
import { loadDeliberationDemo } from './modules/deliberation/index.js';

const BATCH = 1000;
// the demo's own account for the rows it writes (recordedBy / updatedBy)
const DEMO_ACCOUNT = '00000000-0000-7000-8000-000000000000';

/** True when no meeting is stored yet: demo data goes only into an empty database. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Meeting, {})) === 0;
}

type AttendanceRow = Pick<Attendance, 'meetingId' | 'cadreId' | 'cadreDivisionCode' | 'role' | 'present'> & {
  id?: string;
  observerKind: ObserverKind | null;
  recordedBy: string;
};

/**
 * Who came to the demo's held forums: the chair, the work team's first secretary (all months but one)
 * and a liaison leader of the township (every other month), so the observer board shows both answers.
 */
function forumAttendance(data: Pick<DemoDataset, 'meetings' | 'cadres'>, now: Date): AttendanceRow[] {
  const rows: AttendanceRow[] = [];
  const forums = data.meetings.filter((m) => m.kind === 'VILLAGERS_FORUM' && new Date(m.date) <= now);
  forums.forEach((m, i) => {
    const add = (cadreId: string, divisionCode: string, role: AttendanceRole, kind: ObserverKind | null): void => {
      rows.push({
        id: v7(),
        meetingId: m.id,
        cadreId,
        cadreDivisionCode: divisionCode,
        role,
        observerKind: kind,
        present: true,
        recordedBy: DEMO_ACCOUNT,
      });
    };
    const chair = data.cadres.find((c) => c.id === m.chairCadreId);
    if (chair) add(chair.id, chair.divisionCode, AttendanceRole.CHAIR, null);
    const team = data.cadres.find((c) => c.divisionCode === m.villageCode && c.post.startsWith('驻村第一书记'));
    if (team && i % 6 !== 2) add(team.id, team.divisionCode, AttendanceRole.OBSERVER, ObserverKind.WORK_TEAM);
    const liaison = data.cadres.find((c) => c.divisionCode === m.villageCode.slice(0, 9) && c.post.includes('包村'));
    if (liaison && i % 2 === 0)
      add(liaison.id, liaison.divisionCode, AttendanceRole.OBSERVER, ObserverKind.LIAISON_LEADER);
  });
  return rows;
}

/**
 * Loads the meetings of the demo dataset in one transaction (bulk inserts, not row by row): past ones as
 * held, with the forums' attendance and each village's forum day when the dataset has cadres.
 */
export async function loadDemo(
  em: EntityManager,
  data: Pick<DemoDataset, 'meetings'> & Partial<Pick<DemoDataset, 'cadres'>>,
  now = new Date(),
): Promise<void> {
  const rows = data.meetings.map((m) => {
    const date = new Date(m.date);
    const held = date <= now;
    return {
      id: m.id,
      kind: m.kind as MeetingKind,
      villageCode: m.villageCode,
      date,
      title: m.title,
      chairCadreId: m.chairCadreId ?? null,
      minutes: m.minutes ?? null,
      status: held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
      heldAt: held ? date : null,
      place: m.kind === 'TOWNSHIP_REVIEW' ? '乡镇会议室' : '村党群服务中心',
      version: 1,
    };
  });
  const attendance = data.cadres ? forumAttendance({ meetings: data.meetings, cadres: data.cadres }, now) : [];
  const forumDays = new Map<string, number>();
  for (const m of data.meetings)
    if (m.kind === 'VILLAGERS_FORUM' && data.cadres)
      forumDays.set(m.villageCode, Math.min(28, Number(todayInChina(new Date(m.date)).slice(8))));
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) await tx.insertMany(Meeting, rows.slice(i, i + BATCH));
    for (let i = 0; i < attendance.length; i += BATCH) await tx.insertMany(Attendance, attendance.slice(i, i + BATCH));
    const days = [...forumDays].map(([villageCode, day]) => ({ villageCode, day, updatedBy: DEMO_ACCOUNT }));
    if (days.length) await tx.insertMany(ForumDay, days);
  });
}

/** `npm start`'s seed step (tools/dev/src/seed-demo.ts), never the service's boot: the demo meetings. */
export async function seedDemo(em: EntityManager, data: DemoDataset): Promise<Record<string, number>> {
  await loadDemo(em, data);
  return {
    meetings: data.meetings.length,
    agendaItems: await seedAgendaDemo(em, data.meetings),
    deliberations: await loadDeliberationDemo(em, data.meetings),
  };
}
