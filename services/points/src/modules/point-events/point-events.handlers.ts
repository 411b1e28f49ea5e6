import type { z } from 'zod';
import {
  GovernanceEventType, RejectedEventError, pairingEndedSchema, pairingStartedSchema, visitRecordedSchema,
  type EventEnvelope, type EventHandlers,
} from '@xiangzhi/events';
import { eventAwards } from './point-events.service.js';

/** The payload, or a rejection that keeps the event out of the retries (it would never parse). */
function parse<S extends z.ZodType>(schema: S, event: EventEnvelope): z.infer<S> {
  const parsed = schema.safeParse(event.payload);
  if (!parsed.success) throw new RejectedEventError(`${event.type} 的内容无效：${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  return parsed.data;
}

/**
 * Governance's events as points (the rule table decides how many): a visit earns each cadre on it
 * their rule's points, a pairing its cadre. Each line points at its event.
 */
export const pointEventHandlers: EventHandlers = {
  async [GovernanceEventType.VISIT_RECORDED](tx, event) {
    const visit = parse(visitRecordedSchema, event);
    const awards = eventAwards(tx);
    for (const c of visit.cadres) {
      await awards.award({ eventId: event.id, eventType: event.type, cadreId: c.cadreId, divisionCode: c.divisionCode, day: visit.visitedOn });
    }
  },
  async [GovernanceEventType.PAIRING_STARTED](tx, event) {
    const p = parse(pairingStartedSchema, event);
    await eventAwards(tx).award({ eventId: event.id, eventType: event.type, cadreId: p.cadreId, divisionCode: p.cadreDivisionCode, day: p.startedOn });
  },
  async [GovernanceEventType.PAIRING_ENDED](tx, event) {
    const p = parse(pairingEndedSchema, event);
    await eventAwards(tx).award({ eventId: event.id, eventType: event.type, cadreId: p.cadreId, divisionCode: p.cadreDivisionCode, day: p.endedOn });
  },
};
