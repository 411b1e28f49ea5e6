import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, type Principal } from '@xiangzhi/auth';
import { charCount, entityNotFound, hasControlChars, isUuid } from '@xiangzhi/subgraph-kit';
import { ObjectionStatus, Ranking, RankingObjection, RankingRow, RankingStatus } from './ranking.entity.js';
import { DECISION_REASON_MAX, OBJECTION_REASON_MAX, RankingErrorCode, rankingError } from './ranking.errors.js';
import { RankingService } from './ranking.service.js';

export interface FileObjectionInput {
  rankingId: string;
  reason: string;
}

export interface DecideObjectionInput {
  id: string;
  upheld: boolean;
  reason: string;
}

/** Objections (异议): a cadre about their own row while a ranking is shown; the office decides each with a reason. */
export class ObjectionService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async file(input: FileObjectionInput, now = Date.now()): Promise<RankingObjection> {
    authorize(this.principal, Action.RANKING_OBJECT);
    const ranking = await new RankingService(this.em, this.principal).getById(input.rankingId);
    if (!ranking) throw entityNotFound('Ranking', 'rankingId', '排名不存在，或不在您的管辖范围内');
    if (ranking.status === RankingStatus.DRAFT) throw rankingError(RankingErrorCode.NOT_OPEN);
    if (ranking.status === RankingStatus.PUBLISHED || (ranking.objectionEndsAt?.getTime() ?? 0) <= now)
      throw rankingError(RankingErrorCode.WINDOW_CLOSED);
    const cadreId = this.principal.cadreId;
    const row = cadreId ? await this.em.findOne(RankingRow, { rankingId: ranking.id, cadreId }) : null;
    if (!row || !can(this.principal, Action.RANKING_OBJECT, { divisionCode: row.divisionCode, own: true }))
      throw rankingError(RankingErrorCode.NOT_OWN_ROW);
    const reason = (input.reason ?? '').trim();
    if (charCount(reason) < 1 || charCount(reason) > OBJECTION_REASON_MAX || hasControlChars(reason, true))
      throw rankingError(RankingErrorCode.REASON_INVALID);
    if (
      await this.em.count(RankingObjection, {
        rankingId: ranking.id,
        cadreId: row.cadreId,
        status: ObjectionStatus.PENDING,
      })
    )
      throw rankingError(RankingErrorCode.OBJECTION_PENDING);
    const objection = this.em.create(RankingObjection, {
      rankingId: ranking.id,
      cadreId: row.cadreId,
      filedBy: this.principal.accountId,
      reason,
    });
    await this.em.persist(objection).flush();
    return objection;
  }

  /** Upheld or not, with the office's reason; an upheld objection is put right in the ledger, then recomputed. */
  async decide(input: DecideObjectionInput): Promise<RankingObjection> {
    authorize(this.principal, Action.RANKING_PUBLISH);
    const objection = isUuid(input.id) ? await this.em.findOne(RankingObjection, { id: input.id }) : null;
    const ranking = objection ? await this.em.findOne(Ranking, { id: objection.rankingId }) : null;
    if (!objection || !ranking || !can(this.principal, Action.RANKING_PUBLISH, { divisionCode: ranking.divisionCode }))
      throw rankingError(RankingErrorCode.OBJECTION_NOT_FOUND);
    if (objection.status !== ObjectionStatus.PENDING) throw rankingError(RankingErrorCode.OBJECTION_DECIDED);
    const reason = (input.reason ?? '').trim();
    if (charCount(reason) < 1 || charCount(reason) > DECISION_REASON_MAX || hasControlChars(reason))
      throw rankingError(RankingErrorCode.DECISION_REASON_INVALID);
    objection.status = input.upheld ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
    objection.decisionReason = reason;
    objection.decidedBy = this.principal.accountId;
    objection.decidedAt = new Date();
    await this.em.flush();
    return objection;
  }
}
