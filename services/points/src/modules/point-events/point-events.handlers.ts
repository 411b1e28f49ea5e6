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
  visitRecordedSchema,
  type EventConsumer,
  type EventEnvelope,
  type EventHandler,
} from '@xiangzhi/events';
import { PointRuleKey } from '../point-rule/index.js';
import { eventAwards, type EventAward } from './point-events.service.js';

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
const chinaDayOf = (at: string): string => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);

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
};

const award: EventHandler = async (tx, event) => {
  const awards = eventAwards(tx);
  for (const a of AWARDS[event.type]!(event)) await awards.award(a);
};

/**
 * Governance's events as points: the rule table decides how many, each line points at its event.
 * `prepare` reads the rules and the monthly totals of a whole batch in a few statements.
 */
export const pointEventConsumer: EventConsumer = {
  handlers: Object.fromEntries(Object.keys(AWARDS).map((type) => [type, award])),
  async prepare(tx, events) {
    // a malformed event is left to its handler, which rejects it
    const awards = events.flatMap((e) => {
      try {
        return AWARDS[e.type]?.(e) ?? [];
      } catch {
        return [];
      }
    });
    await eventAwards(tx).prepare(awards);
  },
};
