import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, type Principal } from '@xiangzhi/auth';
import { isUuid } from '@xiangzhi/subgraph-kit';
import {
  FreezeBook,
  MONTH_PATTERN,
  PointEntry,
  PointEntryErrorCode,
  checkCadre,
  chinaMonth,
  monthStart,
  ownDivision,
  pointEntryError,
  type FindCadre,
} from '../point-entry/index.js';
import { requireLine } from '../point-rule/index.js';
import { PointEntryRequest, PointRequestKind, PointRequestStatus } from './point-entry-request.entity.js';
import {
  LIST_MAX,
  POINTS_LIMIT,
  PointApprovalErrorCode,
  REASON_MAX,
  pointApprovalError,
} from './point-approval.errors.js';

export interface PointRequestInput {
  kind: PointRequestKind;
  cadreId: string;
  points: number;
  reason: string;
  month: string;
  correctsEntryId?: string | null;
}

/** The checks of a request without the database: role, self, points by kind, reason, month, correction. */
export function validateRequest(p: Principal, input: PointRequestInput, now = Date.now()): Required<PointRequestInput> {
  authorize(p, Action.POINTS_AWARD);
  ownDivision(p);
  const cadreId = (input.cadreId ?? '').trim();
  // a malformed id names no cadre: the same answer as an unknown one
  if (!isUuid(cadreId)) throw pointEntryError(PointEntryErrorCode.CADRE_NOT_FOUND);
  if (p.cadreId && p.cadreId.toLowerCase() === cadreId.toLowerCase())
    throw pointEntryError(PointEntryErrorCode.SELF_AWARD);
  const { points, kind } = input;
  if (!Number.isInteger(points) || points === 0 || Math.abs(points) > POINTS_LIMIT)
    throw pointApprovalError(PointApprovalErrorCode.POINTS_INVALID);
  if (kind === PointRequestKind.COMMENDATION && points < 0)
    throw pointApprovalError(PointApprovalErrorCode.POINTS_INVALID, '嘉奖应为正分');
  if (kind === PointRequestKind.DEDUCTION && points > 0)
    throw pointApprovalError(PointApprovalErrorCode.POINTS_INVALID, '问责扣分应为负分');
  const reason = requireLine(input.reason, REASON_MAX, (d) =>
    pointApprovalError(PointApprovalErrorCode.REASON_INVALID, d),
  );
  const month = input.month ?? '';
  if (!MONTH_PATTERN.test(month) || month < '2000-01' || month > chinaMonth(now))
    throw pointApprovalError(PointApprovalErrorCode.MONTH_INVALID);
  const corrects = input.correctsEntryId?.trim() || null;
  if ((kind === PointRequestKind.CORRECTION) !== (corrects != null))
    throw pointApprovalError(PointApprovalErrorCode.CORRECTS_ENTRY_INVALID);
  if (corrects != null && !isUuid(corrects)) throw pointApprovalError(PointApprovalErrorCode.ENTRY_NOT_FOUND);
  return { kind, cadreId, points, reason, month, correctsEntryId: corrects };
}

/**
 * 嘉奖 / 问责 / corrections by hand, with two people: a request (POINTS_AWARD) and a decision by another account
 * (POINTS_APPROVE) in whose jurisdiction the cadre is. Only an approval writes the ledger line, booked to the
 * requested month or, when that month is frozen by then, the first open month after it.
 */
export class PointApprovalService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre?: FindCadre,
  ) {}

  async request(input: PointRequestInput): Promise<PointEntryRequest> {
    const values = validateRequest(this.principal, input);
    if (!this.findCadre) throw new Error('PointApprovalService needs findCadre to check the cadre');
    const cadre = await this.findCadre(values.cadreId);
    const divisionCode = cadre?.divisionCode ?? '';
    await checkCadre(this.findCadre, this.principal, { cadreId: values.cadreId, divisionCode });
    if (values.correctsEntryId) {
      const entry = await this.em.findOne(PointEntry, {
        id: values.correctsEntryId,
        cadreId: values.cadreId,
        divisionCode: { $like: `${ownDivision(this.principal)}%` },
      });
      if (!entry) throw pointApprovalError(PointApprovalErrorCode.ENTRY_NOT_FOUND);
    }
    const request = this.em.create(PointEntryRequest, {
      ...values,
      divisionCode,
      requestedBy: this.principal.accountId,
      requestedByName: this.principal.username.slice(0, 50),
    });
    await this.em.persist(request).flush();
    return request;
  }

  /** Requests of the caller's jurisdiction (pending first when asked), newest first. */
  async list(status: PointRequestStatus | null | undefined, first = 50): Promise<PointEntryRequest[]> {
    authorize(this.principal, Action.POINTS_ENTRIES_READ);
    if (!Number.isInteger(first) || first < 1 || first > LIST_MAX)
      throw pointApprovalError(PointApprovalErrorCode.FIRST_INVALID);
    return this.em.find(
      PointEntryRequest,
      { divisionCode: { $like: `${ownDivision(this.principal)}%` }, ...(status ? { status } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  /** A pending request the caller may decide, locked for the decision's transaction. */
  private async decidable(tx: EntityManager, id: string): Promise<PointEntryRequest> {
    authorize(this.principal, Action.POINTS_APPROVE);
    const own = ownDivision(this.principal);
    const request = isUuid(id)
      ? await tx.findOne(
          PointEntryRequest,
          { id, divisionCode: { $like: `${own}%` } },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!request || !can(this.principal, Action.POINTS_APPROVE, { divisionCode: request.divisionCode }))
      throw pointApprovalError(PointApprovalErrorCode.REQUEST_NOT_FOUND);
    if (request.requestedBy === this.principal.accountId) throw pointApprovalError(PointApprovalErrorCode.SAME_PERSON);
    if (this.principal.cadreId && this.principal.cadreId.toLowerCase() === request.cadreId.toLowerCase())
      throw pointEntryError(PointEntryErrorCode.SELF_AWARD);
    if (request.status !== PointRequestStatus.PENDING) throw pointApprovalError(PointApprovalErrorCode.ALREADY_DECIDED);
    return request;
  }

  private decide(request: PointEntryRequest, status: PointRequestStatus): void {
    request.status = status;
    request.decidedBy = this.principal.accountId;
    request.decidedByName = this.principal.username.slice(0, 50);
    request.decidedAt = new Date();
  }

  /** Approves: writes the ledger line (the only way a manual line is written) in the same transaction. */
  async approve(id: string, now = new Date()): Promise<PointEntryRequest> {
    return this.em.transactional(async (tx) => {
      const request = await this.decidable(tx, id);
      const bookedMonth = await new FreezeBook(tx).firstOpen(request.divisionCode, request.month);
      const entry = tx.create(PointEntry, {
        cadreId: request.cadreId,
        divisionCode: request.divisionCode,
        points: request.points,
        reason: request.reason,
        // this month: now; an earlier month: its first day (the line counts in its booked month)
        occurredAt: request.month === chinaMonth(now) ? now : monthStart(request.month),
        bookedMonth,
        createdBy: this.principal.accountId,
        correctsEntryId: request.correctsEntryId,
      });
      this.decide(request, PointRequestStatus.APPROVED);
      request.entryId = entry.id;
      tx.persist(entry);
      return request;
    });
  }

  /** Refuses, with the reason the requester reads; nothing is written to the ledger. */
  async refuse(id: string, reason: string): Promise<PointEntryRequest> {
    const why = requireLine(reason, REASON_MAX, (d) =>
      pointApprovalError(PointApprovalErrorCode.REFUSAL_REASON_INVALID, d),
    );
    return this.em.transactional(async (tx) => {
      const request = await this.decidable(tx, id);
      this.decide(request, PointRequestStatus.REFUSED);
      request.refusalReason = why;
      return request;
    });
  }
}
