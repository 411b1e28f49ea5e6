import { z } from 'zod';

/*
 * The events governance publishes: names and payloads are a contract between services, so a
 * change here is additive (a new optional field) or a new event name. Payloads carry ids and
 * division codes only, never personal data.
 */

export const GovernanceEventType = {
  VISIT_RECORDED: 'VisitRecorded',
  PAIRING_STARTED: 'PairingStarted',
  PAIRING_ENDED: 'PairingEnded',
  CASE_RESOLVED: 'CaseResolved',
  CASE_CLOSED: 'CaseClosed',
  CASE_ALERTED: 'CaseAlerted',
  SERVICE_ORDER_COMPLETED: 'ServiceOrderCompleted',
  PATROL_CHECKED_IN: 'PatrolCheckedIn',
  SUPERVISION_REPORTED: 'SupervisionReported',
  /** Every status change of a case (meetings keeps the state of the cases its forum items became). */
  CASE_STATUS_CHANGED: 'CaseStatusChanged',
  /** The answer to meetings' AgendaItemRaised: the case the item became or was linked to, or why not. */
  AGENDA_ITEM_CASE_LINKED: 'AgendaItemCaseLinked',
} as const;
export type GovernanceEventType = (typeof GovernanceEventType)[keyof typeof GovernanceEventType];

const division = z.string().regex(/^\d{6}(\d{3}){0,2}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** 民情日记: a visit to a household was written up, by these cadres. */
export const visitRecordedSchema = z.object({
  visitId: z.uuid(),
  householdId: z.uuid(),
  villageCode: division,
  visitedOn: day,
  method: z.string().max(32),
  cadres: z
    .array(z.object({ cadreId: z.uuid(), divisionCode: division }))
    .min(1)
    .max(10),
});
export type VisitRecorded = z.infer<typeof visitRecordedSchema>;

const pairing = {
  pairingId: z.uuid(),
  cadreId: z.uuid(),
  cadreDivisionCode: division,
  householdId: z.uuid(),
  villageCode: division,
  startedOn: day,
};

/** 联户: a cadre took on a household. */
export const pairingStartedSchema = z.object(pairing);
export type PairingStarted = z.infer<typeof pairingStartedSchema>;

/** A pairing was ended (the row stays as history). */
export const pairingEndedSchema = z.object({ ...pairing, endedOn: day });
export type PairingEnded = z.infer<typeof pairingEndedSchema>;

const cadreRef = z.object({ cadreId: z.uuid(), divisionCode: division });
const at = z.string().datetime({ offset: true });

/** A case was resolved (办结) by its responsible cadre: `onTime` when before its red handling limit. */
export const caseResolvedSchema = z.object({
  caseId: z.uuid(),
  villageCode: division,
  level: z.enum(['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY']),
  responsible: cadreRef.nullable(),
  resolvedAt: at,
  onTime: z.boolean(),
});
export type CaseResolved = z.infer<typeof caseResolvedSchema>;

/** A case was closed out (销号) with the villager's rating. */
export const caseClosedSchema = z.object({
  caseId: z.uuid(),
  villageCode: division,
  level: z.enum(['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY']),
  responsible: cadreRef.nullable(),
  closedAt: at,
  satisfaction: z.enum(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']),
  onTime: z.boolean(),
});
export type CaseClosed = z.infer<typeof caseClosedSchema>;

/** A case turned yellow or red on one of its clocks: a deduction for its responsible cadre. */
export const caseAlertedSchema = z.object({
  caseId: z.uuid(),
  villageCode: division,
  alert: z.enum(['YELLOW', 'RED']),
  stage: z.enum(['ACCEPT', 'HANDLE', 'FEEDBACK']),
  responsible: cadreRef.nullable(),
  alertedAt: at,
});
export type CaseAlerted = z.infer<typeof caseAlertedSchema>;

/** 党员接单: a cadre completed a villager's service order. */
export const serviceOrderCompletedSchema = z.object({
  orderId: z.uuid(),
  villageCode: division,
  kind: z.enum(['GOVERNMENT', 'PRODUCTION', 'CARE', 'MEDIATION']),
  cadre: cadreRef,
  completedAt: at,
});
export type ServiceOrderCompleted = z.infer<typeof serviceOrderCompletedSchema>;

/** 定点巡查: a cadre checked in at a patrol point (late when outside its window). */
export const patrolCheckedInSchema = z.object({
  checkInId: z.uuid(),
  pointId: z.uuid(),
  villageCode: division,
  cadre: cadreRef,
  checkedInAt: at,
  late: z.boolean(),
});
export type PatrolCheckedIn = z.infer<typeof patrolCheckedInSchema>;

/** 工作督办卡: the cadre reported back on a task (`onTime` before its due date). */
export const supervisionReportedSchema = z.object({
  taskId: z.uuid(),
  divisionCode: division,
  cadre: cadreRef,
  reportedAt: at,
  onTime: z.boolean(),
});
export type SupervisionReported = z.infer<typeof supervisionReportedSchema>;

const caseStatus = z.enum([
  'REPORTED',
  'ACCEPTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'RESOLVED',
  'CONFIRMED',
  'CLOSED',
  'ESCALATED',
  'RETURNED',
  'SUSPENDED',
]);

/**
 * A case changed status (every transition). `version` is the case's version after the change: a
 * consumer keeps the highest it has seen, so a late redelivery never moves a projection backwards.
 */
export const caseStatusChangedSchema = z.object({
  caseId: z.uuid(),
  villageCode: division,
  status: caseStatus,
  level: z.enum(['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY']),
  /** The villager's rating once given (销号), else null. */
  satisfaction: z.enum(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']).nullable(),
  changedAt: at,
  version: z.number().int().min(1),
  /** The forum item the case came from or was linked to, when there is one. */
  agendaItemId: z.uuid().nullable().optional(),
});
export type CaseStatusChanged = z.infer<typeof caseStatusChangedSchema>;

/**
 * Governance took a forum item: a new case (`created`) or an existing one it was linked to; or it refused
 * (`caseId` null, `refusal` says why in Chinese, e.g. the named case is not in the item's village).
 */
export const agendaItemCaseLinkedSchema = z.object({
  agendaItemId: z.uuid(),
  caseId: z.uuid().nullable(),
  created: z.boolean(),
  status: caseStatus.nullable(),
  satisfaction: z.enum(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']).nullable(),
  version: z.number().int().min(1).nullable(),
  refusal: z.string().max(200).nullable(),
});
export type AgendaItemCaseLinked = z.infer<typeof agendaItemCaseLinkedSchema>;
