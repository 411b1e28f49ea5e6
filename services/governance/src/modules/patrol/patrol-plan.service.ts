import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Action, type Principal } from '@xiangzhi/auth';
import { decodePage, isUuid, todayInChina, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { PatrolPlan } from './patrol-plan.entity.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { PatrolFrequency } from './patrol.enums.js';
import { assertManagesPlan, patrolReach, planFilter } from './patrol.access.js';
import { gridNotFound, patrolInput, planNotFound, pointNotFound } from './patrol.errors.js';
import { parseClock } from './patrol-window.js';
import { cleanText } from '../../util/clean-text.js';
import type { CreatePatrolPlanInput, PatrolPointInput, UpdatePatrolPlanInput } from './dto/patrol-plan.input.js';

/** 128 random bits, URL-safe: the point's QR plate cannot be guessed from another. */
export const newQrToken = (): string => randomBytes(16).toString('base64url');
/** What a point's QR code carries. */
export const pointQrText = (token: string): string => `xiangzhi:patrol:${token}`;
/** The token in a scanned code (the full text or the bare token, as typed or pasted). */
export const tokenOf = (code: string): string => code.trim().replace(/^xiangzhi:patrol:/, '');

const MAX_POINTS = 100;

function coordinate(value: number | null | undefined, field: 'lat' | 'lng'): number | null {
  if (value == null) return null;
  const limit = field === 'lat' ? 90 : 180;
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    throw patrolInput(field, field === 'lat' ? '纬度应在 -90 到 90 之间' : '经度应在 -180 到 180 之间');
  return value;
}

function intIn(value: number | null | undefined, field: string, lo: number, hi: number, label: string, dflt: number) {
  if (value == null) return dflt;
  if (!Number.isInteger(value) || value < lo || value > hi) throw patrolInput(field, `${label}应在 ${lo}–${hi} 之间`);
  return value;
}

/** 巡查计划 and their points: who manages plans there makes them; who patrols there reads them. */
export class PatrolPlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async list(args: {
    regionCode?: string | null;
    gridId?: string | null;
    active?: boolean | null;
    first?: number;
    after?: string | null;
  }): Promise<Connection<PatrolPlan>> {
    const { limit, offset } = decodePage(args);
    const reach = patrolReach(this.principal, Action.PATROL_READ, args.regionCode);
    const where = [planFilter(reach)];
    if (args.gridId) where.push(isUuid(args.gridId) ? { gridId: args.gridId } : { id: null });
    if (args.active != null) where.push({ active: args.active });
    const [rows, total] = await this.em.findAndCount(
      PatrolPlan,
      { $and: where },
      { orderBy: [{ villageCode: 'asc' }, { name: 'asc' }, { id: 'asc' }], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  async get(id: string): Promise<PatrolPlan | null> {
    if (!isUuid(id)) return null;
    const reach = patrolReach(this.principal, Action.PATROL_READ);
    return this.em.findOne(PatrolPlan, { $and: [{ id }, planFilter(reach)] });
  }

  /** Points of many plans in route order, one statement. */
  async pointsOf(planIds: readonly string[]): Promise<Map<string, PatrolPoint[]>> {
    const points = await this.em.find(PatrolPoint, { plan: { $in: [...planIds] } }, { orderBy: { seq: 'asc' } });
    const out = new Map<string, PatrolPoint[]>();
    for (const p of points) out.set(p.plan.id, [...(out.get(p.plan.id) ?? []), p]);
    return out;
  }

  async create(input: CreatePatrolPlanInput): Promise<PatrolPlan> {
    const name = cleanText(patrolInput, input.name, 'name', '计划名称', 60, true)!;
    let villageCode = input.villageCode?.trim() ?? '';
    let gridId: string | null = null;
    if (input.gridId) {
      const grid = isUuid(input.gridId) ? await this.em.findOne(Grid, { id: input.gridId }) : null;
      if (!grid || grid.divisionCode.length !== 12 || !grid.divisionCode.startsWith(this.principal.divisionCode))
        throw gridNotFound();
      gridId = grid.id;
      villageCode = grid.divisionCode;
    } else if (!/^\d{12}$/.test(villageCode)) {
      throw patrolInput('villageCode', '全村计划请填写 12 位村区划代码，网格计划请选择网格');
    }
    assertManagesPlan(this.principal, { villageCode, gridId });
    const plan = this.em.create(PatrolPlan, {
      name,
      category: input.category,
      frequency: input.frequency,
      villageCode,
      gridId,
      createdBy: this.principal.username,
    });
    await this.em.flush();
    return plan;
  }

  private async managed(id: string, field: string): Promise<PatrolPlan> {
    const plan = await this.get(id);
    if (!plan) throw planNotFound(field);
    assertManagesPlan(this.principal, plan);
    return plan;
  }

  async update(input: UpdatePatrolPlanInput): Promise<PatrolPlan> {
    const plan = await this.managed(input.id, 'id');
    await this.em.lock(plan, LockMode.OPTIMISTIC, input.version);
    if (input.name != null) plan.name = cleanText(patrolInput, input.name, 'name', '计划名称', 60, true)!;
    if (input.category != null) plan.category = input.category;
    if (input.active != null) plan.active = input.active;
    await this.em.flush();
    return plan;
  }

  /** Adds a point at the end of the route, or changes one (with its version). */
  async savePoint(input: PatrolPointInput): Promise<PatrolPoint> {
    const values = await this.pointValues(input);
    if (input.id) {
      const point = isUuid(input.id)
        ? await this.em.findOne(PatrolPoint, { id: input.id }, { populate: ['plan'] })
        : null;
      if (!point || !(await this.get(point.plan.id))) throw pointNotFound('id');
      assertManagesPlan(this.principal, point.plan);
      if (input.version == null) throw patrolInput('version', '修改点位须带版本号');
      await this.em.lock(point, LockMode.OPTIMISTIC, input.version);
      if (point.plan.frequency === PatrolFrequency.WEEKLY && values.weekday == null)
        throw patrolInput('weekday', '每周计划的点位请选择星期几');
      Object.assign(point, values, point.plan.frequency === PatrolFrequency.DAILY ? { weekday: null } : {});
      await this.em.flush();
      return point;
    }
    const plan = await this.managed(input.planId ?? '', 'planId');
    if (plan.frequency === PatrolFrequency.WEEKLY && values.weekday == null)
      throw patrolInput('weekday', '每周计划的点位请选择星期几');
    const count = await this.em.count(PatrolPoint, { plan });
    if (count >= MAX_POINTS) throw patrolInput('planId', `一个计划最多 ${MAX_POINTS} 个点位`);
    const point = this.em.create(PatrolPoint, {
      ...values,
      weekday: plan.frequency === PatrolFrequency.DAILY ? null : values.weekday,
      plan,
      seq: count + 1,
      qrToken: newQrToken(),
      sinceOn: todayInChina(),
    });
    await this.em.flush();
    return point;
  }

  private async pointValues(input: PatrolPointInput) {
    const name = cleanText(patrolInput, input.name, 'name', '点位名称', 60, true)!;
    const lat = coordinate(input.lat, 'lat');
    const lng = coordinate(input.lng, 'lng');
    if ((lat == null) !== (lng == null)) throw patrolInput(lat == null ? 'lat' : 'lng', '经度和纬度须同时填写');
    const windowStartMin = parseClock(input.windowStart);
    if (windowStartMin == null) throw patrolInput('windowStart', '时段开始应为 HH:MM，如 08:00');
    const windowEndMin = parseClock(input.windowEnd);
    if (windowEndMin == null) throw patrolInput('windowEnd', '时段结束应为 HH:MM，如 18:00');
    if (windowEndMin <= windowStartMin) throw patrolInput('windowEnd', '时段结束须晚于开始（不跨零点）');
    return {
      name,
      lat,
      lng,
      windowStartMin,
      windowEndMin,
      radiusM: intIn(input.radiusM, 'radiusM', 10, 2000, '签到半径', 100),
      graceMinutes: intIn(input.graceMinutes, 'graceMinutes', 0, 720, '迟到宽限', 60),
      weekday: input.weekday == null ? null : intIn(input.weekday, 'weekday', 1, 7, '星期几', 1),
    };
  }

  /** Sets the route order: every point of the plan, once each. */
  async reorder(planId: string, pointIds: string[]): Promise<PatrolPoint[]> {
    const plan = await this.managed(planId, 'planId');
    const points = await this.em.find(PatrolPoint, { plan }, { orderBy: { seq: 'asc' } });
    const byId = new Map(points.map((p) => [p.id, p]));
    if (
      pointIds.length !== points.length ||
      new Set(pointIds).size !== points.length ||
      !pointIds.every((id) => byId.has(id))
    )
      throw patrolInput('pointIds', '请按新顺序列出本计划的全部点位，每个一次');
    pointIds.forEach((id, i) => (byId.get(id)!.seq = i + 1));
    await this.em.flush();
    return pointIds.map((id) => byId.get(id)!);
  }

  /** The plan with its points, for printing the point codes: only who manages it. */
  async forPrinting(planId: string): Promise<{ plan: PatrolPlan; points: PatrolPoint[] }> {
    const plan = await this.managed(planId, 'planId');
    return { plan, points: (await this.pointsOf([plan.id])).get(plan.id) ?? [] };
  }
}
