import type { z } from 'zod';
import {
  GovernanceEventType,
  RejectedEventError,
  pairingEndedSchema,
  pairingStartedSchema,
  visitRecordedSchema,
  type EventConsumer,
  type EventEnvelope,
  type EventHandler,
} from '@xiangzhi/events';
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

/** What each of governance's events may earn: a visit each cadre on it, a pairing (or its end) its cadre. */
const AWARDS: Record<string, (event: EventEnvelope) => EventAward[]> = {
  [GovernanceEventType.VISIT_RECORDED]: (event) => {
    const visit = parse(visitRecordedSchema, event);
    return visit.cadres.map((c) => ({
      eventId: event.id,
      eventType: event.type,
      cadreId: c.cadreId,
      divisionCode: c.divisionCode,
      day: visit.visitedOn,
    }));
  },
  [GovernanceEventType.PAIRING_STARTED]: (event) => {
    const p = parse(pairingStartedSchema, event);
    return [
      {
        eventId: event.id,
        eventType: event.type,
        cadreId: p.cadreId,
        divisionCode: p.cadreDivisionCode,
        day: p.startedOn,
      },
    ];
  },
  [GovernanceEventType.PAIRING_ENDED]: (event) => {
    const p = parse(pairingEndedSchema, event);
    return [
      {
        eventId: event.id,
        eventType: event.type,
        cadreId: p.cadreId,
        divisionCode: p.cadreDivisionCode,
        day: p.endedOn,
      },
    ];
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
