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
