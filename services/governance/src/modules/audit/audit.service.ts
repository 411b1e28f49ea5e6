import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { decodePage, toConnection, type Connection, isUuid } from '@xiangzhi/subgraph-kit';
import { v7 } from 'uuid';
import { AuditAction, AuditOutcome, AuditRecord } from './audit-record.entity.js';
import { auditInput } from './audit.errors.js';

export const REASON_MIN = 2;
export const REASON_MAX = 200;
const ACTOR_MAX = 64;

/** The reason given for seeing or moving personal data: required, 2–200 characters after trimming. */
export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const r = (reason ?? '').trim();
  if (r.length < REASON_MIN || r.length > REASON_MAX)
    throw auditInput(field, `请填写查看或导出个人信息的事由（${REASON_MIN} 至 ${REASON_MAX} 个字）`);
  return r;
}

export interface AuditEntry {
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  divisionCode: string;
  reason: string;
  detail?: string | null;
  outcome?: AuditOutcome;
}

/** An entry written without a logged-in caller (a login attempt): who it claims to be and from where. */
export interface AnonymousAuditEntry extends AuditEntry {
  actorId: string | null;
  actorName: string;
  clientAddress: string | null;
}

/** The filters of the audit search and export, all optional and combinable. */
export interface AuditFilter {
  actor?: string | null;
  action?: AuditAction | null;
  subjectId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Writes a record at once, outside any unit of work: a refused login throws after it, and the
 * record must stay.
 */
export async function appendAuditRecord(em: EntityManager, e: AnonymousAuditEntry): Promise<void> {
  await em.insert(AuditRecord, {
    id: v7(),
    action: e.action,
    outcome: e.outcome ?? AuditOutcome.SUCCESS,
    actorId: e.actorId,
    actorName: e.actorName.slice(0, ACTOR_MAX),
    clientAddress: e.clientAddress?.slice(0, 64) ?? null,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    divisionCode: e.divisionCode,
    reason: e.reason,
    detail: e.detail ?? null,
    at: new Date(),
  });
}

export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly clientAddress: string | null = null,
  ) {}

  /**
   * Adds an audit record to the caller's unit of work: it is written by the same flush (and
   * transaction) as the action it records, so there is never one without the other.
   */
  record(entry: AuditEntry): AuditRecord {
    return this.em.create(AuditRecord, {
      action: entry.action,
      outcome: entry.outcome ?? AuditOutcome.SUCCESS,
      actorId: this.principal.accountId,
      actorName: this.principal.username,
      clientAddress: this.clientAddress?.slice(0, 64) ?? null,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      divisionCode: entry.divisionCode,
      reason: entry.reason,
      detail: entry.detail ?? null,
      at: new Date(),
    });
  }

  /**
   * The audit trail inside the auditor's jurisdiction (and records of no division, e.g. unknown usernames), newest
   * first.
   */
  async list(q: AuditFilter & { first?: number; after?: string | null }): Promise<Connection<AuditRecord>> {
    authorize(this.principal, Action.AUDIT_READ);
    const { limit, offset } = decodePage(q);
    const [rows, total] = await this.em.findAndCount(AuditRecord, this.where(q), {
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      limit,
      offset,
    });
    return toConnection(rows, total, offset);
  }

  /** The filter of a search or an export, checked: each bad value is AUDIT_<FIELD>_INVALID naming its argument. */
  where(q: AuditFilter): FilterQuery<AuditRecord> {
    if (q.subjectId && !isUuid(q.subjectId)) throw auditInput('subjectId', '对象编号格式不正确');
    const actor = q.actor?.trim() ?? '';
    if (actor.length > ACTOR_MAX) throw auditInput('actor', `操作人不能超过 ${ACTOR_MAX} 个字符`);
    if (q.from && q.to && q.from > q.to) throw auditInput('to', '结束时间不能早于开始时间');
    const prefix = this.principal.divisionCode;
    const and: FilterQuery<AuditRecord>[] = [
      { $or: [{ divisionCode: { $like: `${escapeLike(prefix)}%` } }, { divisionCode: '' }] },
    ];
    if (actor) and.push(isUuid(actor) ? { actorId: actor } : { actorName: { $ilike: `%${escapeLike(actor)}%` } });
    if (q.action) and.push({ action: q.action });
    if (q.subjectId) and.push({ subjectId: q.subjectId });
    if (q.from) and.push({ at: { $gte: q.from } });
    if (q.to) and.push({ at: { $lte: q.to } });
    return { $and: and };
  }
}

/** A literal for LIKE: `%`, `_` and `\` match themselves. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
