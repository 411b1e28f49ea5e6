import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import { AccessDeniedError, Action, can, narrowScope, scopeOf, type Principal } from '@xiangzhi/auth';
import {
  decodePage,
  entityNotFound,
  isUuid,
  requireDate,
  todayInChina,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { AttachmentService } from '../attachment/index.js';
import { Case, CaseService, CaseSource } from '../case/index.js';
import { refusal } from '../territory/index.js';
import { supervisionReported } from '../../events/governance-events.js';
import { cleanText } from '../../util/clean-text.js';
import { AWAITING_CADRE, overdueSql, SupervisionStatus, SupervisionTask } from './supervision-task.entity.js';
import { supervisionInput, taskNotFound, transitionInvalid } from './supervision.errors.js';
import type {
  DecideSupervisionInput,
  IssueSupervisionInput,
  ReportSupervisionInput,
  SupervisionTasksArgs,
  SupervisionToCaseInput,
} from './dto/supervision.input.js';

/** The owner type of a report's photos in the attachment module. */
export const REPORT_PHOTOS = 'SupervisionTask';

const STATUS_NAMES: Record<SupervisionStatus, string> = {
  ISSUED: '待反馈',
  REPORTED: '已反馈',
  ACCEPTED: '已验收',
  RETURNED: '已退回',
};

/**
 * 工作督办卡: the township office issues a task to a cadre of its jurisdiction; only that cadre reports back; the
 * issuing office accepts the report or returns it with a reason, and the cadre reports again.
 */
export class SupervisionService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The tasks the caller reads: of the jurisdiction (issued there or to a cadre there), or a cadre's own. */
  private readFilter(regionCode?: string | null): FilterQuery<SupervisionTask> {
    const scope = scopeOf(this.principal, Action.SUPERVISION_READ);
    if (!scope) throw refusal(this.principal, Action.SUPERVISION_READ);
    if (scope === 'OWN' || scope === 'GRID') return { cadre: this.principal.cadreId ?? null };
    const prefix = `${narrowScope(this.principal, regionCode)}%`;
    return { $or: [{ divisionCode: { $like: prefix } }, { issuerDivisionCode: { $like: prefix } }] };
  }

  async get(id: string): Promise<SupervisionTask | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(SupervisionTask, { $and: [{ id }, this.readFilter()] });
  }

  /** Overdue first, then the nearest due date. */
  async list(args: SupervisionTasksArgs): Promise<Connection<SupervisionTask>> {
    const { limit, offset } = decodePage(args);
    const where: FilterQuery<SupervisionTask>[] = [this.readFilter(args.regionCode)];
    if (args.mine) where.push({ cadre: this.principal.cadreId ?? null });
    if (args.statuses?.length) where.push({ status: { $in: args.statuses } });
    if (args.overdue != null) where.push({ [raw((alias) => overdueSql(alias))]: args.overdue });
    const [rows, total] = await this.em.findAndCount(
      SupervisionTask,
      { $and: where },
      {
        orderBy: [{ [raw((alias) => overdueSql(alias))]: 'desc' }, { dueOn: 'asc' }, { id: 'asc' }],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }

  async issue(input: IssueSupervisionInput): Promise<SupervisionTask> {
    if (!can(this.principal, Action.SUPERVISION_ISSUE))
      throw refusal(this.principal, Action.SUPERVISION_ISSUE, undefined, true);
    const title = cleanText(supervisionInput, input.title, 'title', '督办事项', 60, true)!;
    const content = cleanText(supervisionInput, input.content, 'content', '工作要求', 1000, true)!;
    const dueOn = requireDate('dueOn', input.dueOn, '完成时限', supervisionInput);
    if (dueOn < todayInChina(this.now())) throw supervisionInput('dueOn', '完成时限不能早于今天');
    const cadre = isUuid(input.cadreId) ? await this.em.findOne(Cadre, { id: input.cadreId }) : null;
    if (!cadre || !can(this.principal, Action.SUPERVISION_ISSUE, { divisionCode: cadre.divisionCode }))
      throw entityNotFound('CADRE', 'cadreId', '党员干部不存在或不在您的管辖范围内');
    const task = this.em.create(SupervisionTask, {
      title,
      content,
      dueOn,
      cadre,
      divisionCode: cadre.divisionCode,
      issuerDivisionCode: this.principal.divisionCode,
      issuedBy: this.principal.username,
      issuedAt: this.now(),
    });
    await this.em.flush();
    return this.reload(task);
  }

  /** The row as stored, with `overdue` computed by the database (a formula is not known before a read). */
  private reload(task: SupervisionTask): Promise<SupervisionTask> {
    return this.em.findOneOrFail(SupervisionTask, task.id, { refresh: true });
  }

  /** The task at its version inside `tx`, or why not: unknown / out of reach, stale, or in the wrong state. */
  private async load(
    tx: EntityManager,
    taskId: string,
    version: number,
    from: readonly SupervisionStatus[],
    verb: string,
  ) {
    const task = isUuid(taskId)
      ? await tx.findOne(SupervisionTask, { $and: [{ id: taskId }, this.readFilter()] }, { populate: ['cadre'] })
      : null;
    if (!task) throw taskNotFound();
    await tx.lock(task, LockMode.OPTIMISTIC, version);
    if (!from.includes(task.status))
      throw transitionInvalid(`督办卡${STATUS_NAMES[task.status as SupervisionStatus]}，不能${verb}`);
    return task;
  }

  async report(input: ReportSupervisionInput): Promise<SupervisionTask> {
    if (!can(this.principal, Action.SUPERVISION_REPORT))
      throw refusal(this.principal, Action.SUPERVISION_REPORT, undefined, true);
    const report = cleanText(supervisionInput, input.report, 'report', '反馈情况', 1000, true)!;
    const done = await this.em.transactional(async (tx) => {
      const task = await this.load(tx, input.taskId, input.version, AWAITING_CADRE, '反馈');
      if (task.cadre.id !== this.principal.cadreId)
        throw new AccessDeniedError(Action.SUPERVISION_REPORT, '只能反馈下发给本人的督办卡');
      const at = this.now();
      Object.assign(task, {
        status: SupervisionStatus.REPORTED,
        report,
        reportedAt: at,
        reportCount: task.reportCount + 1,
      });
      await AttachmentService.claim(tx, input.attachmentIds ?? [], REPORT_PHOTOS, task.id, this.principal);
      supervisionReported(tx, task, task.cadre, todayInChina(at) <= task.dueOn);
      await tx.flush();
      return task;
    });
    return this.reload(done);
  }

  /** 验收 or 退回 by the issuing office (the issuer's division inside the caller's jurisdiction). */
  async decide(input: DecideSupervisionInput): Promise<SupervisionTask> {
    const reason = input.accept ? null : cleanText(supervisionInput, input.reason, 'reason', '退回理由', 500, true);
    const done = await this.em.transactional(async (tx) => {
      const verb = input.accept ? '验收' : '退回';
      const task = await this.load(tx, input.taskId, input.version, [SupervisionStatus.REPORTED], verb);
      if (!can(this.principal, Action.SUPERVISION_ISSUE, { divisionCode: task.issuerDivisionCode }))
        throw new AccessDeniedError(Action.SUPERVISION_ISSUE, `只有下发单位可以${verb}督办卡`);
      Object.assign(task, {
        status: input.accept ? SupervisionStatus.ACCEPTED : SupervisionStatus.RETURNED,
        returnReason: reason,
        decidedAt: this.now(),
        decidedBy: this.principal.username,
      });
      await tx.flush();
      return task;
    });
    return this.reload(done);
  }

  /** A report → 民情台账 in one step (source SUPERVISION), by the assignee or the issuing office; once. */
  async toCase(input: SupervisionToCaseInput): Promise<Case> {
    return this.em.transactional(async (tx) => {
      const task = isUuid(input.taskId)
        ? await tx.findOne(SupervisionTask, { $and: [{ id: input.taskId }, this.readFilter()] })
        : null;
      if (!task) throw taskNotFound();
      if (!task.report) throw supervisionInput('taskId', '督办卡还没有反馈，不能转为民情事项');
      if (task.caseId) throw supervisionInput('taskId', '该反馈已转为民情事项，请勿重复登记');
      const raised = await CaseService.raise(
        this.principal,
        {
          title: input.title,
          description: input.description?.trim() || task.report,
          kind: input.kind,
          domain: input.domain,
          source: CaseSource.SUPERVISION,
          sourceId: task.id,
          place: input.place?.trim() || task.title,
          villageCode: task.divisionCode.length === 12 ? task.divisionCode : (input.villageCode ?? null),
          attachmentIds: [],
        },
        tx,
      );
      task.caseId = raised.id;
      await tx.flush();
      return raised;
    });
  }
}
