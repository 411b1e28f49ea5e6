import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseLink } from './case-timeline.entity.js';
import { CaseStatus, type CaseDomain, type CaseKind, type CaseLevel, type CaseSource } from './case.enums.js';
import { logStep } from './case-support.js';
import type { Household } from '../household/index.js';
import type { Grid } from '../grid/index.js';

/** A new case once its input is checked: what it is, where it lies, who raised it. */
export interface NewCase {
  title: string;
  description: string;
  source: CaseSource;
  sourceId: string | null;
  kind: CaseKind;
  domain: CaseDomain;
  household: Household | null;
  grid: Grid | null;
  place: string | null;
  villageCode: string;
  level: CaseLevel;
  raisedBy: string;
  raisedByAccountId: string | null;
  onBehalf: boolean;
  agendaItemId?: string | null;
  /** The RAISED entry's note. */
  note?: string | null;
}

/** Who does a step: the name shown and the account. */
export interface Actor {
  name: string;
  accountId: string | null;
}

/**
 * The codes of cases raised `now`: MQ + the day in China + a running number. Takes the advisory lock that
 * keeps the numbers unique until the transaction ends, reads the day's highest once; each call gives the next.
 */
export async function caseCodes(em: EntityManager, now: Date): Promise<() => string> {
  const connection = em.getConnection();
  await connection.execute(`select pg_advisory_xact_lock(hashtext('case_record.code'))`);
  const day = `MQ${todayInChina(now).replaceAll('-', '')}-`;
  const rows = await connection.execute<{ n: number | null }[]>(
    `select max(substring(code from ${day.length + 1})::int) as n from case_record where code like ?`,
    [`${day}%`],
  );
  let n = rows[0]?.n ?? 0;
  return () => `${day}${String(++n).padStart(4, '0')}`;
}

/**
 * A case in the ledger, as every way of raising one writes it: the row (REPORTED), the link to its source
 * record and the RAISED timeline entry. Not flushed: the caller sets the clock (afterChange) and flushes.
 */
export function createCase(em: EntityManager, fields: NewCase, code: string, now: Date): Case {
  const { note, ...row } = fields;
  const c = em.create(Case, {
    ...row,
    code,
    agendaItemId: row.agendaItemId ?? null,
    originLevel: row.level,
    divisionCode: row.villageCode,
    status: CaseStatus.REPORTED,
    raisedAt: now,
    lastActivityAt: now,
  });
  if (row.sourceId) em.create(CaseLink, { case: c, source: row.source, sourceId: row.sourceId, linkedAt: now });
  logStep(em, c, {
    action: 'RAISED',
    from: null,
    actorName: fields.raisedBy,
    actorAccountId: fields.raisedByAccountId,
    at: now,
    reason: note ?? null,
  });
  return c;
}

/** 查重 / 说事会关联: a source record joins a case already in the ledger (a LINKED entry; the status stays). */
export function linkSource(
  em: EntityManager,
  c: Case,
  link: { source: CaseSource; sourceId: string | null; note: string | null },
  actor: Actor,
  now: Date,
): void {
  if (link.sourceId) em.create(CaseLink, { case: c, source: link.source, sourceId: link.sourceId, linkedAt: now });
  c.lastActivityAt = now;
  logStep(em, c, {
    action: 'LINKED',
    from: c,
    actorName: actor.name,
    actorAccountId: actor.accountId,
    at: now,
    reason: link.note,
  });
}
