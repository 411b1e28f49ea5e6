import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { Action, inLine, scopeOf, type Principal } from '@xiangzhi/auth';
import { entityNotFound, forbidden, isUuid } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseAction, CaseStatus, SatisfactionRating } from './case.enums.js';
import { caseInput, caseNotFound, transitionInvalid, versionConflict } from './case.errors.js';
import { REASON_REQUIRED, divisionOfLevel, levelAbove, levelBelow, mayAct, stateProblem } from './case-rules.js';
import { actorName, caseText, factsOf, logStep, readScope } from './case-support.js';
import { afterChange, objectionDays } from './case-after.js';
import { caseClosed, caseResolved, caseStatusChanged } from '../../events/governance-events.js';
import { Cadre } from '../cadre/index.js';
import { Household } from '../household/index.js';
import type { CaseTransitionInput } from './dto/case-transition.input.js';

const REASON_MAX = 500;
const RESULT_MAX = 2000;
const FEEDBACK_MAX = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every transition of a case: who may, from which status, what it needs; one timeline entry each. */
export class CaseTransitionService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async transition(input: CaseTransitionInput): Promise<Case> {
    const p = this.principal;
    const scope = scopeOf(p, Action.CASE_HANDLE) ?? scopeOf(p, Action.CASE_EXTENSION_APPROVE);
    if (!scope) throw forbidden('您没有办理民情事项的权限');
    const reason = caseText(input.reason, 'reason', '理由', REASON_MAX, REASON_REQUIRED.has(input.action));
    try {
      return await this.em.transactional(async (em) => {
        const c = isUuid(input.caseId)
          ? await em.findOne(Case, { $and: [{ id: input.caseId }, readScope(p)] }, { populate: ['responsible'] })
          : null;
        if (!c) throw caseNotFound();
        if (!mayAct(p, input.action, factsOf(c))) throw forbidden('您不能对该事项执行此操作（层级、管辖或责任人不符）');
        if (c.version !== input.version) throw versionConflict();
        const now = new Date();
        const problem = stateProblem(input.action, factsOf(c), now);
        if (problem) throw transitionInvalid(problem);
        const before = { status: c.status, level: c.level };
        const note = await this.apply(em, c, input, reason, now);
        c.lastActivityAt = now;
        logStep(em, c, {
          action: input.action,
          from: before,
          actorName: await actorName(em, p),
          actorAccountId: p.accountId,
          at: now,
          reason: note,
        });
        await afterChange(em, c, now, p, []);
        publishChange(em, c, before, now);
        await em.flush();
        return c;
      });
    } catch (e) {
      if (e instanceof OptimisticLockError) throw versionConflict();
      throw e;
    }
  }

  /** Changes the case for the action; answers the timeline's note (the reason, or what was recorded). */
  private async apply(
    em: EntityManager,
    c: Case,
    input: CaseTransitionInput,
    reason: string | null,
    now: Date,
  ): Promise<string | null> {
    switch (input.action) {
      case CaseAction.ACCEPT:
        c.status = CaseStatus.ACCEPTED;
        return reason;
      case CaseAction.ASSIGN: {
        const cadre = await this.assignee(em, c, input.cadreId);
        c.responsible = cadre;
        c.status = CaseStatus.ASSIGNED;
        return reason ? `交办 ${cadre.name}：${reason}` : `交办 ${cadre.name}`;
      }
      case CaseAction.START:
      case CaseAction.RESUME:
        c.status = CaseStatus.IN_PROGRESS;
        return reason;
      case CaseAction.SUSPEND:
        c.status = CaseStatus.SUSPENDED;
        return reason;
      case CaseAction.ESCALATE:
        this.moveTo(c, levelAbove(c.level)!);
        c.escalationCount += 1;
        c.status = CaseStatus.ESCALATED;
        return reason;
      case CaseAction.RETURN:
        this.moveTo(c, levelBelow(c.level)!);
        c.returnCount += 1;
        c.status = CaseStatus.RETURNED;
        return reason;
      case CaseAction.RESOLVE:
        return this.resolve(em, c, input, now);
      case CaseAction.FEEDBACK:
        return this.feedback(c, input);
      case CaseAction.CLOSE:
        c.status = CaseStatus.CLOSED;
        c.closedAt = now;
        c.objectionUntil = new Date(now.getTime() + (await objectionDays(em, c.villageCode)) * DAY_MS);
        caseClosed(em, c);
        return reason;
      case CaseAction.REOPEN:
        reopen(c);
        return reason;
      case CaseAction.REQUEST_EXTENSION:
        return this.requestExtension(em, c, input.days, reason!, now);
      case CaseAction.APPROVE_EXTENSION:
      case CaseAction.REJECT_EXTENSION: {
        const days = c.extensionRequestDays!;
        const approved = input.action === CaseAction.APPROVE_EXTENSION;
        if (approved) c.extensionDays += days;
        Object.assign(c, {
          extensionRequestDays: null,
          extensionRequestReason: null,
          extensionRequestedBy: null,
          extensionRequestedAt: null,
        });
        return `${approved ? '批准' : '不批准'}延期 ${days} 个工作日${reason ? `：${reason}` : ''}`;
      }
    }
  }

  /** The office at the new level takes over: the responsible cadre of the old one steps back. */
  private moveTo(c: Case, level: Case['level']): void {
    c.level = level;
    c.divisionCode = divisionOfLevel(c.villageCode, level);
    c.responsible = null;
  }

  private async assignee(em: EntityManager, c: Case, cadreId: string | null | undefined): Promise<Cadre> {
    if (cadreId == null) throw caseInput('cadreId', '请选择责任人');
    const cadre = isUuid(cadreId) ? await em.findOne(Cadre, { id: cadreId }) : null;
    // the responsible cadre works in the case's village, or at the handling level or above it (包村干部)
    const fits =
      cadre != null &&
      inLine({ divisionCode: c.villageCode }, cadre.divisionCode) &&
      inLine({ divisionCode: c.divisionCode }, cadre.divisionCode) &&
      inLine(this.principal, cadre.divisionCode);
    if (!cadre || !fits) throw entityNotFound('CADRE', 'cadreId', '党员干部不存在，或不在该事项的村、乡镇');
    return cadre;
  }

  private async resolve(em: EntityManager, c: Case, input: CaseTransitionInput, now: Date): Promise<string> {
    if (!input.closeType) throw caseInput('closeType', '请选择办结类型');
    const result = caseText(input.result, 'result', '办理结果', RESULT_MAX, true)!;
    Object.assign(c, { status: CaseStatus.RESOLVED, closeType: input.closeType, result, resolvedAt: now });
    if (c.responsible) await em.populate(c, ['responsible']);
    caseResolved(em, c);
    return result;
  }

  private feedback(c: Case, input: CaseTransitionInput): string {
    if (!input.satisfaction) throw caseInput('satisfaction', '请选择群众满意度');
    const feedback = caseText(input.feedback, 'feedback', '群众反馈', FEEDBACK_MAX, true)!;
    c.satisfaction = input.satisfaction;
    c.feedback = feedback;
    if (input.satisfaction === SatisfactionRating.DISSATISFIED) {
      // 群众不满意：the case goes back to work, counted as reopened
      c.status = CaseStatus.IN_PROGRESS;
      c.reopenCount += 1;
      c.resolvedAt = null;
    } else {
      c.status = CaseStatus.CONFIRMED;
    }
    return feedback;
  }

  private async requestExtension(
    em: EntityManager,
    c: Case,
    days: number | null | undefined,
    reason: string,
    now: Date,
  ): Promise<string> {
    if (days == null || !Number.isInteger(days) || days < 1 || days > 30)
      throw caseInput('days', '延期天数须为 1 到 30 个工作日');
    Object.assign(c, {
      extensionRequestDays: days,
      extensionRequestReason: reason,
      extensionRequestedBy: await actorName(em, this.principal),
      extensionRequestedAt: now,
    });
    return `申请延期 ${days} 个工作日：${reason}`;
  }
}

export interface VillagerObjection {
  householdId: string;
  caseId: string;
  reason: string;
}

/**
 * CaseStatusChanged for a change of status or level, in the flush that writes it; that flush raises the case's
 * version by one, so the event carries the version the case has once committed.
 */
function publishChange(em: EntityManager, c: Case, before: Pick<Case, 'status' | 'level'>, now: Date): void {
  if (c.status !== before.status || c.level !== before.level) caseStatusChanged(em, c, now, c.version + 1);
}

/** Back to work after a confirmation or a close-out: the outcome of the last round is cleared. */
function reopen(c: Case): void {
  Object.assign(c, {
    status: CaseStatus.IN_PROGRESS,
    reopenCount: c.reopenCount + 1,
    closeType: null,
    result: null,
    satisfaction: null,
    feedback: null,
    resolvedAt: null,
    closedAt: null,
    objectionUntil: null,
  });
}

/**
 * 群众异议: on the household's QR page, within the objection window after close-out, the villager objects
 * and the case goes back to work. No account: the household code (checked by the caller) names the household.
 */
export async function objectByVillager(em: EntityManager, objection: VillagerObjection): Promise<Case> {
  const { householdId, caseId, reason } = objection;
  const text = caseText(reason, 'reason', '异议理由', REASON_MAX, true)!;
  return em.transactional(async (tx) => {
    const c = isUuid(caseId) ? await tx.findOne(Case, { id: caseId, household: householdId }) : null;
    if (!c) throw caseNotFound();
    const now = new Date();
    if (c.status !== CaseStatus.CLOSED || !c.objectionUntil || now > c.objectionUntil)
      throw transitionInvalid('该事项不在销号后的异议期内，不能提出异议');
    const before = { status: c.status, level: c.level };
    reopen(c);
    c.lastActivityAt = now;
    const household = await tx.findOneOrFail(Household, householdId);
    logStep(tx, c, {
      action: 'OBJECTED',
      from: before,
      actorName: `${household.headName}户（群众）`,
      actorAccountId: null,
      at: now,
      reason: text,
    });
    await afterChange(tx, c, now, null, []);
    publishChange(tx, c, before, now);
    await tx.flush();
    return c;
  });
}
