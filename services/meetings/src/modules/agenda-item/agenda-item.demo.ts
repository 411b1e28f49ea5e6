import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import { MeetingsEventType, addEvent, agendaItemRaisedSchema } from '@xiangzhi/events';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { AgendaDomain, AgendaItem, AgendaMatterKind, AgendaTrack } from './agenda-item.entity.js';
import { DECISION_DAYS, addDays } from './agenda-item.rules.js';

const DEMO_ACCOUNT = '00000000-0000-7000-8000-000000000000';
const MATTERS = [
  { title: '村口路灯不亮', description: '三组村口两盏路灯坏了，晚上出行不便。', domain: AgendaDomain.INFRASTRUCTURE },
  {
    title: '通组道路需硬化',
    description: '五组通组道路雨天泥泞，请求上级协调硬化。',
    domain: AgendaDomain.INFRASTRUCTURE,
  },
] as const;

/**
 * `npm start`'s forum items: two per held forum of the last three months (one decided on time, one for the
 * township), each with its AgendaItemRaised in the outbox so governance makes the cases when the relay runs.
 */
export async function seedAgendaDemo(
  em: EntityManager,
  meetings: readonly { id: string; kind: string; villageCode: string; date: string }[],
  now = new Date(),
): Promise<number> {
  const since = new Date(now.getTime() - 92 * 24 * 3600_000);
  const forums = meetings.filter(
    (m) => m.kind === 'VILLAGERS_FORUM' && new Date(m.date) <= now && new Date(m.date) >= since,
  );
  await em.transactional(async (tx) => {
    for (const m of forums) {
      const forumOn = todayInChina(new Date(m.date));
      MATTERS.forEach((matter, i) => {
        const track = i === 0 ? AgendaTrack.VILLAGE : AgendaTrack.HIGHER_LEVEL;
        const decided = i === 0 ? addDays(forumOn, 2) : null;
        const item = tx.create(AgendaItem, {
          id: v7(),
          meetingId: m.id,
          villageCode: m.villageCode,
          forumOn,
          decisionDueOn: addDays(forumOn, DECISION_DAYS),
          track,
          ...matter,
          kind: i === 0 ? AgendaMatterKind.PROBLEM : AgendaMatterKind.DEMAND,
          raisedByName: i === 0 ? '张大爷' : '李大姐',
          raisedByAccountId: DEMO_ACCOUNT,
          decidedOn: decided,
          decision: decided ? '两委会议研究：村委会联系电工限期修复' : null,
          dueOn: decided ? addDays(forumOn, 15) : null,
          responsibleName: decided ? '村委会主任' : null,
        });
        const payload = agendaItemRaisedSchema.parse({
          agendaItemId: item.id,
          meetingId: m.id,
          villageCode: m.villageCode,
          track,
          title: matter.title,
          description: matter.description,
          kind: item.kind,
          domain: matter.domain,
          householdId: null,
          linkCaseId: null,
          raisedByAccountId: DEMO_ACCOUNT,
          raisedAt: new Date(m.date).toISOString(),
        });
        addEvent(tx, { type: MeetingsEventType.AGENDA_ITEM_RAISED, aggregateId: item.id, payload });
      });
    }
  });
  return forums.length * MATTERS.length;
}
