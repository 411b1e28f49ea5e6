import type { EntityManager } from '@mikro-orm/core';
import {
  GovernanceEventType,
  addEvent,
  type PairingEnded,
  type PairingStarted,
  type VisitRecorded,
} from '@xiangzhi/events';

// Structural shapes of what the services hand over, so this file imports no module's internals.
interface CadreLike {
  id: string;
  divisionCode: string;
}
interface VisitLike {
  id: string;
  household: { id: string };
  villageCode: string;
  visitedOn: string;
  method: string;
}
interface PairingLike {
  id: string;
  cadre: CadreLike;
  household: { id: string; villageCode: string };
  startedOn: string;
  endedOn: string | null;
}

/*
 * Governance's events, added to the unit of work of the change they describe (the outbox is
 * written by the same flush); the relay delivers them to the subscribers of EVENT_SUBSCRIBERS.
 */

export function visitRecorded(em: EntityManager, visit: VisitLike, cadres: CadreLike[]): void {
  const payload: VisitRecorded = {
    visitId: visit.id,
    householdId: visit.household.id,
    villageCode: visit.villageCode,
    visitedOn: visit.visitedOn,
    method: visit.method,
    cadres: cadres.map((c) => ({ cadreId: c.id, divisionCode: c.divisionCode })),
  };
  addEvent(em, { type: GovernanceEventType.VISIT_RECORDED, aggregateId: visit.id, payload });
}

const pairingPayload = (p: PairingLike): PairingStarted => ({
  pairingId: p.id,
  cadreId: p.cadre.id,
  cadreDivisionCode: p.cadre.divisionCode,
  householdId: p.household.id,
  villageCode: p.household.villageCode,
  startedOn: p.startedOn,
});

export function pairingStarted(em: EntityManager, pairing: PairingLike): void {
  addEvent(em, {
    type: GovernanceEventType.PAIRING_STARTED,
    aggregateId: pairing.id,
    payload: pairingPayload(pairing),
  });
}

export function pairingEnded(em: EntityManager, pairing: PairingLike): void {
  if (!pairing.endedOn) throw new Error('pairingEnded: the pairing has no end date');
  const payload: PairingEnded = { ...pairingPayload(pairing), endedOn: pairing.endedOn };
  addEvent(em, { type: GovernanceEventType.PAIRING_ENDED, aggregateId: pairing.id, payload });
}
