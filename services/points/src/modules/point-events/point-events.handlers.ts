import type { z } from 'zod';
import {
  GovernanceEventType,
  RejectedEventError,
  caseAlertedSchema,
  caseClosedSchema,
  caseResolvedSchema,
  pairingEndedSchema,
  patrolCheckedInSchema,
  serviceOrderCompletedSchema,
  supervisionReportedSchema,
  pairingStartedSchema,
  MeetingsEventType,
  meetingAttendedSchema,
  meetingAttendanceWithdrawnSchema,
  visitRecordedSchema,
  type EventConsumer,
  type EventEnvelope,
  type EventHandler,
} from '@xiangzhi/events';
import { PointRuleKey } from '../point-rule/index.js';
import { eventAwards } from './point-events.service.js';
import type { EventAward, EventCorrection } from './award-engine.js';

/** The payload, or a rejection that keeps the event out of the retries (it would never parse). */
function parse<S extends z.ZodType>(schema: S, event: EventEnvelope): z.infer<S> {
  const parsed = schema.safeParse(event.payload);
  if (!parsed.success)
    throw new RejectedEventError(
      `${event.type} 的内容无效：${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')} ${i.message}`)
        .join('；')}`,
    );
  return parsed.data;
}

/** China's calendar day of an RFC 3339 instant (the month a line counts in). */
export const chinaDayOf = (at: string): string => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);

type Awarded = { cadreId: string; divisionCode: string } | null;

/** One line for one cadre, under the rule of `ruleKey` (an event type, or an outcome of one). */
const line = (event: EventEnvelope, ruleKey: string, cadre: Awarded, day: string): EventAward[] =>
  cadre
    ? [{ eventId: event.id, eventType: ruleKey, cadreId: cadre.cadreId, divisionCode: cadre.divisionCode, day }]
    : [];

/**
 * What each of governance's events may earn, keyed by the rule it is counted under: a visit each cadre on it,
 * a pairing (or its end) its cadre; a case its responsible cadre by its outcome (resolved on time, closed with a
 * satisfied rating, or a deduction when it turns yellow or red); a completed service order, an on-time patrol
 * check-in and a supervision report their cadre.
 */
const AWARDS: Record<string, (event: EventEnvelope) => EventAward[]> = {
  [GovernanceEventType.VISIT_RECORDED]: (event) => {
    const visit = parse(visitRecordedSchema, event);
    return visit.cadres.flatMap((c) => line(event, event.type, c, visit.visitedOn));
  },
  [GovernanceEventType.PAIRING_STARTED]: (event) => {
    const p = parse(pairingStartedSchema, event);
    return line(event, event.type, { cadreId: p.cadreId, divisionCode: p.cadreDivisionCode }, p.startedOn);
  },
  [GovernanceEventType.PAIRING_ENDED]: (event) => {
    const p = parse(pairingEndedSchema, event);
    return line(event, event.type, { cadreId: p.cadreId, divisionCode: p.cadreDivisionCode }, p.endedOn);
  },
  [GovernanceEventType.CASE_RESOLVED]: (event) => {
    const c = parse(caseResolvedSchema, event);
    return c.onTime ? line(event, PointRuleKey.CASE_RESOLVED_ON_TIME, c.responsible, chinaDayOf(c.resolvedAt)) : [];
  },
  [GovernanceEventType.CASE_CLOSED]: (event) => {
    const c = parse(caseClosedSchema, event);
    const satisfied = c.satisfaction !== 'DISSATISFIED';
    return satisfied ? line(event, PointRuleKey.CASE_CLOSED_SATISFIED, c.responsible, chinaDayOf(c.closedAt)) : [];
  },
  [GovernanceEventType.CASE_ALERTED]: (event) => {
    const c = parse(caseAlertedSchema, event);
    const key = c.alert === 'RED' ? PointRuleKey.CASE_RED : PointRuleKey.CASE_YELLOW;
    return line(event, key, c.responsible, chinaDayOf(c.alertedAt));
  },
  [GovernanceEventType.SERVICE_ORDER_COMPLETED]: (event) => {
    const o = parse(serviceOrderCompletedSchema, event);
    return line(event, event.type, o.cadre, chinaDayOf(o.completedAt));
  },
  [GovernanceEventType.PATROL_CHECKED_IN]: (event) => {
    const c = parse(patrolCheckedInSchema, event);
    return c.late ? [] : line(event, event.type, c.cadre, chinaDayOf(c.checkedInAt));
  },
  [GovernanceEventType.SUPERVISION_REPORTED]: (event) => {
    const r = parse(supervisionReportedSchema, event);
    const key = r.onTime ? PointRuleKey.SUPERVISION_ON_TIME : PointRuleKey.SUPERVISION_LATE;
    return line(event, key, r.cadre, chinaDayOf(r.reportedAt));
  },
  // meetings: a villagers' forum counts under its own rule, every other kind of meeting under one rule
  [MeetingsEventType.MEETING_ATTENDED]: (event) => {
    const m = parse(meetingAttendedSchema, event);
    const key = m.meetingKind === 'VILLAGERS_FORUM' ? PointRuleKey.FORUM_ATTENDED : PointRuleKey.MEETING_ATTENDED;
    return line(event, key, m, m.heldOn);
  },
};

/** What an event takes back: a withdrawn attendance reverses the line its MeetingAttended wrote. */
const CORRECTIONS: Record<string, (event: EventEnvelope) => EventCorrection[]> = {
  [MeetingsEventType.MEETING_ATTENDANCE_WITHDRAWN]: (event) => {
    const w = parse(meetingAttendanceWithdrawnSchema, event);
    return [{ eventId: event.id, correctsEventId: w.attendedEventId, cadreId: w.cadreId }];
  },
};

/** What one event does to the ledger, and the day it happened (China): its log row's `occurred_on`. */
export interface EventEffects {
  day: string;
  awards: EventAward[];
  corrections: EventCorrection[];
}

/** The effects of an event points takes (throws RejectedEventError for a malformed one), or null for another type. */
export function effectsOf(event: EventEnvelope): EventEffects | null {
  const awards = AWARDS[event.type]?.(event);
  const corrections = CORRECTIONS[event.type]?.(event);
  if (!awards && !corrections) return null;
  const withdrawn = event.type === MeetingsEventType.MEETING_ATTENDANCE_WITHDRAWN;
  const day =
    awards?.[0]?.day ??
    (withdrawn ? meetingAttendanceWithdrawnSchema.parse(event.payload).heldOn : chinaDayOf(event.occurredAt));
  return { day, awards: awards ?? [], corrections: corrections ?? [] };
}

const take: EventHandler = async (tx, event) => {
  const service = eventAwards(tx);
  const effects = effectsOf(event);
  for (const a of effects?.awards ?? []) await service.award(a);
  for (const c of effects?.corrections ?? []) await service.correct(c);
};

/** Keeps each event taken with its payload (point_event), in one statement per batch, beside its inbox row. */
async function logEvents(tx: Parameters<EventHandler>[0], events: EventEnvelope[], producer: string, days: string[]) {
  await tx.execute(
    `insert into point_event (id, type, producer, payload, occurred_on)
     values ${events.map(() => '(?, ?, ?, ?::jsonb, ?::date)').join(', ')} on conflict (id) do nothing`,
    events.flatMap((e, i) => [e.id, e.type, producer, JSON.stringify(e.payload), days[i]]),
  );
}

/**
 * Governance's and meetings' events as points: the rule table decides how many, each line points at its
 * event. `prepare` logs the batch's events and reads the rules and monthly totals of the whole batch in a few
 * statements.
 */
export const pointEventConsumer: EventConsumer = {
  handlers: Object.fromEntries([...Object.keys(AWARDS), ...Object.keys(CORRECTIONS)].map((type) => [type, take])),
  async prepare(tx, events, producer) {
    // a malformed event is left to its handler, which rejects it (and the transaction with its log row)
    const effects = events.map((e) => {
      try {
        return effectsOf(e);
      } catch {
        return null;
      }
    });
    await logEvents(
      tx,
      events,
      producer,
      effects.map((f, i) => f?.day ?? chinaDayOf(events[i]!.occurredAt)),
    );
    await eventAwards(tx).prepare(effects.flatMap((f) => f?.awards ?? []));
  },
};
