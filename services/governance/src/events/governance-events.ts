import type { EntityManager } from '@mikro-orm/core';
import {
  GovernanceEventType,
  addEvent,
  type AgendaItemCaseLinked,
  type CaseClosed,
  type CaseStatusChanged,
  type CaseResolved,
  type PairingEnded,
  type PairingStarted,
  type ServiceOrderCompleted,
  type VisitRecorded,
} from '@xiangzhi/events';
import type { PatrolCheckedIn, SupervisionReported } from '@xiangzhi/events';

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

interface ServiceOrderLike {
  id: string;
  villageCode: string;
  kind: ServiceOrderCompleted['kind'];
  doneAt: Date | null;
}

/** 党员接单: the cadre completed the villager's order (points award it by their rule table). */
export function serviceOrderCompleted(em: EntityManager, order: ServiceOrderLike, cadre: CadreLike): void {
  if (!order.doneAt) throw new Error('serviceOrderCompleted: the order is not done');
  const payload: ServiceOrderCompleted = {
    orderId: order.id,
    villageCode: order.villageCode,
    kind: order.kind,
    cadre: { cadreId: cadre.id, divisionCode: cadre.divisionCode },
    completedAt: order.doneAt.toISOString(),
  };
  addEvent(em, { type: GovernanceEventType.SERVICE_ORDER_COMPLETED, aggregateId: order.id, payload });
}

/** 定点巡查: a cadre checked in at a point; `late` when outside the point's window of that day. */
export function patrolCheckedIn(
  em: EntityManager,
  checkIn: { id: string; point: { id: string }; villageCode: string; at: Date; late: boolean },
  cadre: CadreLike,
): void {
  const payload: PatrolCheckedIn = {
    checkInId: checkIn.id,
    pointId: checkIn.point.id,
    villageCode: checkIn.villageCode,
    cadre: { cadreId: cadre.id, divisionCode: cadre.divisionCode },
    checkedInAt: checkIn.at.toISOString(),
    late: checkIn.late,
  };
  addEvent(em, { type: GovernanceEventType.PATROL_CHECKED_IN, aggregateId: checkIn.id, payload });
}

/** 工作督办卡: the cadre reported back on a task; `onTime` when reported by its due date. */
export function supervisionReported(
  em: EntityManager,
  task: { id: string; divisionCode: string; reportedAt: Date | null },
  cadre: CadreLike,
  onTime: boolean,
): void {
  if (!task.reportedAt) throw new Error('supervisionReported: the task is not reported');
  const payload: SupervisionReported = {
    taskId: task.id,
    divisionCode: task.divisionCode,
    cadre: { cadreId: cadre.id, divisionCode: cadre.divisionCode },
    reportedAt: task.reportedAt.toISOString(),
    onTime,
  };
  addEvent(em, { type: GovernanceEventType.SUPERVISION_REPORTED, aggregateId: task.id, payload });
}

interface CaseLike {
  id: string;
  villageCode: string;
  level: CaseResolved['level'];
  responsible: CadreLike | null;
  dueAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  satisfaction: CaseClosed['satisfaction'] | null;
}

/** Resolved by its red handling limit (or with no limit set). */
const caseOnTime = (c: CaseLike): boolean => !!c.resolvedAt && (!c.dueAt || c.resolvedAt <= c.dueAt);
const caseRef = (c: CaseLike) => ({
  caseId: c.id,
  villageCode: c.villageCode,
  level: c.level,
  responsible: c.responsible ? { cadreId: c.responsible.id, divisionCode: c.responsible.divisionCode } : null,
  onTime: caseOnTime(c),
});

/** 办结: the case was resolved (its responsible cadre earns by the points rule table). */
export function caseResolved(em: EntityManager, c: CaseLike): void {
  if (!c.resolvedAt) throw new Error('caseResolved: the case is not resolved');
  const payload: CaseResolved = { ...caseRef(c), resolvedAt: c.resolvedAt.toISOString() };
  addEvent(em, { type: GovernanceEventType.CASE_RESOLVED, aggregateId: c.id, payload });
}

/** 销号: the case was closed with the villager's rating. */
export function caseClosed(em: EntityManager, c: CaseLike): void {
  if (!c.closedAt || !c.satisfaction) throw new Error('caseClosed: the case is not closed with a rating');
  const payload: CaseClosed = { ...caseRef(c), closedAt: c.closedAt.toISOString(), satisfaction: c.satisfaction };
  addEvent(em, { type: GovernanceEventType.CASE_CLOSED, aggregateId: c.id, payload });
}

/**
 * A case changed status (or level): meetings keeps the state of the cases its forum items became. `version` is the
 * case's version once the flush that writes this change has run (the caller knows it: one flush, one increment).
 */
export function caseStatusChanged(
  em: EntityManager,
  c: CaseLike & { status: CaseStatusChanged['status']; agendaItemId: string | null },
  at: Date,
  version: number,
): void {
  const payload: CaseStatusChanged = {
    caseId: c.id,
    villageCode: c.villageCode,
    status: c.status,
    level: c.level,
    satisfaction: c.satisfaction,
    changedAt: at.toISOString(),
    version,
    agendaItemId: c.agendaItemId,
  };
  addEvent(em, { type: GovernanceEventType.CASE_STATUS_CHANGED, aggregateId: c.id, payload });
}

/** The answer to a forum item (AgendaItemRaised): the case it became or was linked to, or the refusal. */
export function agendaItemCaseLinked(em: EntityManager, payload: AgendaItemCaseLinked): void {
  addEvent(em, { type: GovernanceEventType.AGENDA_ITEM_CASE_LINKED, aggregateId: payload.agendaItemId, payload });
}
