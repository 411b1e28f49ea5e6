import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import {
  AppError,
  CommonErrorCode,
  charCount,
  decodePage,
  hasControlChars,
  isUuid,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { AgendaTrack, agendaItemForWriting } from '../agenda-item/index.js';
import { ownDivision } from '../meeting/index.js';
import { Deliberation, DeliberationRecord } from './deliberation.entity.js';
import { DeliberationStatus, DeliberationStep, STEP_LABELS, STEP_ORDER, stepIndex } from './deliberation.enums.js';
import { TITLE_MAX, deliberationClosed, deliberationInput, deliberationNotFound } from './deliberation.errors.js';

export interface OpenDeliberation {
  villageCode?: string | null;
  title?: string | null;
  agendaItemId?: string | null;
}
export interface DeliberationsQuery {
  regionCode?: string | null;
  status?: DeliberationStatus | null;
  first?: number | null;
  after?: string | null;
}

const VILLAGE_CODE = /^\d{12}$/;
// newest first; the time-ordered id breaks ties so pages never overlap
const NEWEST_FIRST = [{ createdAt: 'desc' }, { id: 'desc' }] as const;

/** One line of free text within a length, or the module's error on that field. */
export function requireText(field: string, value: string | null | undefined, max: number, label: string): string {
  const text = (value ?? '').trim();
  if (charCount(text) < 1 || charCount(text) > max) throw deliberationInput(field, `${label}应为 1 到 ${max} 个字`);
  if (hasControlChars(text)) throw deliberationInput(field, `${label}不能包含换行、制表符等控制字符`);
  return text;
}

/** The records that count now: a return leaves the earlier ones in the history, superseded. */
export const inForce = (records: readonly DeliberationRecord[]): DeliberationRecord[] =>
  records.filter((r) => !r.superseded);

/** Reads of the tracker, and opening a matter. Every read is limited to villages under the caller's division. */
export class DeliberationService {
  constructor(
    protected readonly em: EntityManager,
    protected readonly principal: Principal,
  ) {}

  /** The prefix a read is limited to: the requested region narrowed to the caller's jurisdiction. */
  scope(regionCode?: string | null): string {
    authorize(this.principal, Action.MEETING_READ);
    const own = ownDivision(this.principal);
    if (regionCode == null || regionCode === '') return own;
    if (!divisionLevel(regionCode)) throw deliberationInput('regionCode', '区划代码应为 6、9 或 12 位数字');
    return narrowScope(this.principal, regionCode);
  }

  async list(q: DeliberationsQuery): Promise<Connection<Deliberation>> {
    const { limit, offset } = decodePage(q);
    const prefix = this.scope(q.regionCode);
    const [rows, total] = await this.em.findAndCount(
      Deliberation,
      { villageCode: { $like: `${prefix}%` }, ...(q.status ? { status: q.status } : {}) },
      { orderBy: [...NEWEST_FIRST], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  /** One matter, or null when unknown, malformed or outside the jurisdiction (no difference shown). */
  async get(id: string): Promise<Deliberation | null> {
    const prefix = this.scope();
    if (!isUuid(id)) return null;
    return this.em.findOne(Deliberation, { id, villageCode: { $like: `${prefix}%` } });
  }

  /** The histories of many matters, oldest first, in one statement (the list's rows). */
  async recordsOf(ids: readonly string[]): Promise<Map<string, DeliberationRecord[]>> {
    const rows = await this.em.find(
      DeliberationRecord,
      { deliberation: { $in: [...ids] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const out = new Map<string, DeliberationRecord[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.deliberation.id)?.push(r);
    return out;
  }

  /** 发起: for a 公共重大事项 of the forum, or standalone with a title in one of the caller's villages. */
  async open(input: OpenDeliberation): Promise<Deliberation> {
    authorize(this.principal, Action.DELIBERATION_WRITE);
    ownDivision(this.principal);
    let villageCode = (input.villageCode ?? '').trim();
    let title = (input.title ?? '').trim();
    const agendaItemId = input.agendaItemId?.trim() || null;
    if (agendaItemId) {
      const item = await agendaItemForWriting(
        this.em,
        this.principal,
        agendaItemId,
        'agendaItemId',
        Action.DELIBERATION_WRITE,
      );
      if (item.track !== AgendaTrack.MAJOR_PUBLIC)
        throw deliberationInput('agendaItemId', '只有分类为“公共重大事项”的说事会事项才按“四议两公开”办理');
      if (villageCode && villageCode !== item.villageCode)
        throw deliberationInput('villageCode', '所在村与说事会事项的村不一致');
      villageCode = item.villageCode;
      title ||= item.title;
      const open = await this.em.count(Deliberation, { agendaItemId, status: { $ne: DeliberationStatus.ENDED } });
      if (open) throw deliberationInput('agendaItemId', '该事项已在按“四议两公开”办理');
    }
    if (!VILLAGE_CODE.test(villageCode)) throw deliberationInput('villageCode', '村区划代码应为 12 位数字');
    authorize(this.principal, Action.DELIBERATION_WRITE, { divisionCode: villageCode });
    title = requireText('title', title, TITLE_MAX, '事项名称');
    const d = this.em.create(Deliberation, { villageCode, title, agendaItemId, openedBy: this.principal.username });
    await this.em.persist(d).flush();
    return d;
  }

  /**
   * The matter for a write, row-locked in `tx` at the version the caller saw; DELIBERATION_NOT_FOUND for an
   * unknown, malformed or foreign id, CONFLICT for a stale version, refused once it has ended or completed.
   */
  protected async forWriting(tx: EntityManager, id: string, version: number): Promise<Deliberation> {
    authorize(this.principal, Action.DELIBERATION_WRITE);
    const prefix = ownDivision(this.principal);
    const d = isUuid(id)
      ? await tx.findOne(
          Deliberation,
          { id, villageCode: { $like: `${prefix}%` } },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        )
      : null;
    if (!d || !can(this.principal, Action.DELIBERATION_WRITE, { divisionCode: d.villageCode }))
      throw deliberationNotFound();
    if (d.version !== version) throw new AppError(CommonErrorCode.CONFLICT, '该事项已被他人修改，请刷新后重试');
    if (d.status === DeliberationStatus.ENDED || d.status === DeliberationStatus.COMPLETED)
      throw deliberationClosed(d.status === DeliberationStatus.COMPLETED);
    return d;
  }

  /** The latest record in force of a step, or null. */
  static latest(records: readonly DeliberationRecord[], step: DeliberationStep): DeliberationRecord | null {
    return (
      inForce(records)
        .filter((r) => r.step === step)
        .at(-1) ?? null
    );
  }

  /** The record of a disclosure for its printed notice, with the matter's history; null when not visible. */
  async notice(
    id: string,
    step: DeliberationStep,
  ): Promise<{ deliberation: Deliberation; record: DeliberationRecord; records: DeliberationRecord[] } | null> {
    if (step !== DeliberationStep.RESOLUTION_DISCLOSED && step !== DeliberationStep.RESULT_DISCLOSED)
      throw deliberationInput('step', '只有“决议公开”和“实施结果公开”可以打印公示');
    const deliberation = await this.get(id);
    if (!deliberation) return null;
    const records = (await this.recordsOf([id])).get(id) ?? [];
    const record = DeliberationService.latest(records, step);
    if (!record) throw deliberationInput('step', `“${STEP_LABELS[step]}”尚未登记，没有可打印的公示`);
    return { deliberation, record, records };
  }
}

/** The next step after `step`, or null after the last. */
export const nextStep = (step: DeliberationStep): DeliberationStep | null => STEP_ORDER[stepIndex(step) + 1] ?? null;
