import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, hasRole, narrowScope, type Principal } from '@xiangzhi/auth';
import { badInput, decodePage, forbidden, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { AuditAction, AuditRecord } from './audit-record.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const REASON_MIN = 2;
export const REASON_MAX = 200;

/** The reason given for seeing or moving personal data: required, 2–200 characters after trimming. */
export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const r = (reason ?? '').trim();
  if (r.length < REASON_MIN || r.length > REASON_MAX) throw badInput(field, `请填写查看或导出个人信息的事由（${REASON_MIN} 至 ${REASON_MAX} 个字）`);
  return r;
}

export interface AuditEntry {
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  divisionCode: string;
  reason: string;
  detail?: string | null;
}

/** Who may read the audit trail (三员: the security administrator and the auditor). */
export const AUDIT_READERS: Role[] = [Role.SECURITY_ADMIN, Role.AUDITOR];

export class AuditService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  /**
   * Adds an audit record to the caller's unit of work: it is written by the same flush (and
   * transaction) as the action it records, so there is never one without the other.
   */
  record(entry: AuditEntry): AuditRecord {
    return this.em.create(AuditRecord, {
      action: entry.action,
      actorId: this.principal.accountId,
      actorName: this.principal.username,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      divisionCode: entry.divisionCode,
      reason: entry.reason,
      detail: entry.detail ?? null,
      at: new Date(),
    });
  }

  /** The audit trail inside the reader's jurisdiction, newest first. */
  async list(q: { subjectId?: string | null; first?: number; after?: string | null }): Promise<Connection<AuditRecord>> {
    if (!hasRole(this.principal, ...AUDIT_READERS)) throw forbidden('只有安全管理员和审计员可以查看审计记录');
    const { limit, offset } = decodePage(q);
    if (q.subjectId && !UUID.test(q.subjectId)) throw badInput('subjectId', '对象编号格式不正确');
    const prefix = narrowScope(this.principal, null);
    const where = { divisionCode: { $like: `${prefix}%` }, ...(q.subjectId ? { subjectId: q.subjectId } : {}) };
    const [rows, total] = await this.em.findAndCount(AuditRecord, where, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit, offset });
    return toConnection(rows, total, offset);
  }
}
