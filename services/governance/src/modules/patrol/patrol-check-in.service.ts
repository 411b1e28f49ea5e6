import type { EntityManager } from '@mikro-orm/postgresql';
import { getDistance } from 'geolib';
import { Action, can, type Principal } from '@xiangzhi/auth';
import { decodePage, forbidden, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { AttachmentService } from '../attachment/index.js';
import { Case, CaseService, CaseSource } from '../case/index.js';
import { refusal } from '../territory/index.js';
import { patrolCheckedIn } from '../../events/governance-events.js';
import { PatrolCheckIn } from './patrol-check-in.entity.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { CheckInMethod } from './patrol.enums.js';
import { patrolReach, placeTarget, planFilter } from './patrol.access.js';
import { checkInNotFound, patrolInput, pointNotFound } from './patrol.errors.js';
import { isLate } from './patrol-window.js';
import { cleanText } from '../../util/clean-text.js';
import { tokenOf } from './patrol-plan.service.js';
import type { PatrolCheckInInput, PatrolFindingToCaseInput } from './dto/check-in.input.js';

/** The owner type of a check-in's photos in the attachment module. */
export const CHECK_IN_PHOTOS = 'PatrolCheckIn';

/** 巡查签到: a cadre at a point of a plan within reach, proven by the point's QR code or the phone's position. */
export class PatrolCheckInService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The point the check-in names, within the caller's patrol reach (its QR token when scanned). */
  private async point(input: PatrolCheckInInput): Promise<PatrolPoint> {
    const reach = patrolReach(this.principal, Action.PATROL_CHECK_IN);
    const where = { plan: { $and: [planFilter(reach), { active: true }] } };
    if (input.method === CheckInMethod.QR) {
      const token = tokenOf(input.qrCode ?? '');
      if (!token) throw patrolInput('qrCode', '请扫描点位二维码，或输入二维码下方的编码');
      const point = await this.em.findOne(PatrolPoint, { ...where, qrToken: token }, { populate: ['plan'] });
      // a code of another point (or none at all) proves nothing about being here
      if (!point || (input.pointId && input.pointId !== point.id))
        throw patrolInput('qrCode', '二维码与巡查点位不符，请扫描本点位的二维码');
      return point;
    }
    if (!isUuid(input.pointId)) throw pointNotFound();
    const point = await this.em.findOne(PatrolPoint, { ...where, id: input.pointId }, { populate: ['plan'] });
    if (!point) throw pointNotFound();
    return point;
  }

  /** Metres between the caller and the point, refused beyond the point's radius. */
  private position(point: PatrolPoint, input: PatrolCheckInInput): { lat: number; lng: number } {
    const { lat, lng } = input;
    if (
      lat == null ||
      lng == null ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lng) ||
      Math.abs(lat) > 90 ||
      Math.abs(lng) > 180
    )
      throw patrolInput('position', '未取得有效的手机定位，请允许定位后重试，或扫码签到');
    if (point.lat == null || point.lng == null) throw patrolInput('method', '该点位未设置位置，请扫描点位二维码签到');
    const metres = getDistance({ latitude: lat, longitude: lng }, { latitude: point.lat, longitude: point.lng }, 1);
    if (metres > point.radiusM)
      throw patrolInput('position', `当前位置距点位约 ${metres} 米，超出签到范围（${point.radiusM} 米）`);
    return { lat, lng };
  }

  async checkIn(input: PatrolCheckInInput): Promise<PatrolCheckIn> {
    if (!can(this.principal, Action.PATROL_CHECK_IN))
      throw refusal(this.principal, Action.PATROL_CHECK_IN, undefined, true);
    if (!this.principal.cadreId) throw forbidden('巡查签到须使用关联了党员干部档案的账号');
    const note = cleanText(patrolInput, input.note, 'note', '巡查情况', 500);
    if (input.finding && !note) throw patrolInput('note', '发现问题时请写明巡查情况');
    return this.em.transactional(async (tx) => {
      const self = new PatrolCheckInService(tx, this.principal, this.now);
      const point = await self.point(input);
      if (!can(this.principal, Action.PATROL_CHECK_IN, placeTarget(point.plan))) throw pointNotFound();
      const where = input.method === CheckInMethod.POSITION ? self.position(point, input) : null;
      const cadre = await tx.findOneOrFail(Cadre, { id: this.principal.cadreId! });
      const at = this.now();
      const checkIn = tx.create(PatrolCheckIn, {
        point,
        cadre,
        villageCode: point.plan.villageCode,
        gridId: point.plan.gridId,
        at,
        method: input.method,
        lat: where?.lat ?? null,
        lng: where?.lng ?? null,
        note,
        finding: input.finding,
        late: isLate(point, at),
        createdBy: this.principal.username,
      });
      await AttachmentService.claim(tx, input.attachmentIds ?? [], CHECK_IN_PHOTOS, checkIn.id, this.principal);
      patrolCheckedIn(tx, checkIn, cadre);
      await tx.flush();
      return checkIn;
    });
  }

  /** 巡查发现 → 民情台账 in one step: the case names the check-in as its source, the check-in the case. */
  async findingToCase(input: PatrolFindingToCaseInput): Promise<Case> {
    return this.em.transactional(async (tx) => {
      const checkIn = await new PatrolCheckInService(tx, this.principal, this.now).forCase(input.checkInId, tx);
      const plan = checkIn.point.plan;
      const raised = await CaseService.raise(
        this.principal,
        {
          title: input.title,
          description: input.description?.trim() || checkIn.note || input.title,
          kind: input.kind,
          domain: input.domain,
          source: CaseSource.PATROL,
          sourceId: checkIn.id,
          place: `${plan.name} · ${checkIn.point.name}`,
          villageCode: plan.villageCode,
          gridId: plan.gridId,
          attachmentIds: [],
        },
        tx,
      );
      // the photos stay the check-in's (a photo has one owner); the case reaches them through its source
      checkIn.caseId = raised.id;
      await tx.flush();
      return raised;
    });
  }

  async get(id: string): Promise<PatrolCheckIn | null> {
    if (!isUuid(id)) return null;
    const reach = patrolReach(this.principal, Action.PATROL_READ);
    return this.em.findOne(PatrolCheckIn, { id, point: { plan: planFilter(reach) } });
  }

  /** The check-in a finding is raised from: in reach, with a finding, not raised yet. */
  async forCase(id: string, tx: EntityManager): Promise<PatrolCheckIn> {
    const reach = patrolReach(this.principal, Action.PATROL_READ);
    const c = isUuid(id)
      ? await tx.findOne(PatrolCheckIn, { id, point: { plan: planFilter(reach) } }, { populate: ['point.plan'] })
      : null;
    if (!c) throw checkInNotFound();
    if (!c.finding) throw patrolInput('checkInId', '该次签到没有发现问题，不能转为民情事项');
    if (c.caseId) throw patrolInput('checkInId', '该问题已转为民情事项，请勿重复登记');
    return c;
  }

  async list(args: {
    planId?: string | null;
    pointId?: string | null;
    findingsOnly?: boolean | null;
    first?: number;
    after?: string | null;
  }): Promise<Connection<PatrolCheckIn>> {
    const { limit, offset } = decodePage(args);
    const reach = patrolReach(this.principal, Action.PATROL_READ);
    const point: Record<string, unknown> = { plan: planFilter(reach) };
    if (args.planId) point.plan = { $and: [planFilter(reach), { id: isUuid(args.planId) ? args.planId : null }] };
    if (args.pointId) point.id = isUuid(args.pointId) ? args.pointId : null;
    const where = { point, ...(args.findingsOnly ? { finding: true } : {}) };
    const [rows, total] = await this.em.findAndCount(PatrolCheckIn, where, {
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      limit,
      offset,
    });
    return toConnection(rows, total, offset);
  }
}
