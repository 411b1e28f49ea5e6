import type { EntityManager } from '@mikro-orm/postgresql';
import {
  RejectedEventError,
  agendaItemCaseLinkedSchema,
  caseStatusChangedSchema,
  type EventEnvelope,
  type EventHandler,
} from '@xiangzhi/events';
import type { z } from 'zod';

function parse<T>(schema: z.ZodType<T>, event: EventEnvelope): T {
  const parsed = schema.safeParse(event.payload);
  if (!parsed.success) throw new RejectedEventError(`${event.type}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

interface CaseState {
  caseId: string;
  status: string | null;
  satisfaction: string | null;
  version: number;
  changedAt: string;
}

/**
 * Writes the case's state onto the items it belongs to (the item itself, and every item already linked to the
 * case) unless they hold the same or a newer version: the highest version wins, so a late or repeated event never
 * moves an item back. A plain UPDATE: the item's own version guards what people edit, not this projection.
 */
async function project(tx: EntityManager, agendaItemId: string | null, s: CaseState): Promise<void> {
  await tx.execute(
    `update agenda_item set case_id = coalesce(case_id, ?), case_status = coalesce(?, case_status),
       case_satisfaction = ?, case_version = ?, case_changed_at = ?, case_refusal = null
     where ((id = ? and (case_id is null or case_id = ?)) or case_id = ?)
       and (case_version is null or case_version < ?)`,
    [s.caseId, s.status, s.satisfaction, s.version, s.changedAt, agendaItemId, s.caseId, s.caseId, s.version],
  );
}

/** Governance's answer to AgendaItemRaised: the case the item became or was linked to, or why not. */
export const onAgendaItemCaseLinked: EventHandler = async (tx, event) => {
  const e = parse(agendaItemCaseLinkedSchema, event);
  if (!e.caseId) {
    await tx.execute('update agenda_item set case_refusal = ? where id = ? and case_id is null', [
      (e.refusal ?? '民情事项未能建立').slice(0, 200),
      e.agendaItemId,
    ]);
    return;
  }
  await tx.execute('update agenda_item set case_id = ?, case_refusal = null where id = ? and case_id is null', [
    e.caseId,
    e.agendaItemId,
  ]);
  if (e.version !== null)
    await project(tx, e.agendaItemId, {
      caseId: e.caseId,
      status: e.status,
      satisfaction: e.satisfaction,
      version: e.version,
      changedAt: event.occurredAt,
    });
};

/** Every status change of a case: kept on the items that became or were linked to it. */
export const onCaseStatusChanged: EventHandler = async (tx, event) => {
  const e = parse(caseStatusChangedSchema, event);
  await project(tx, e.agendaItemId ?? null, {
    caseId: e.caseId,
    status: e.status,
    satisfaction: e.satisfaction,
    version: e.version,
    changedAt: e.changedAt,
  });
};
