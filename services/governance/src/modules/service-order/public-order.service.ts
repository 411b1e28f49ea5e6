import type { EntityManager } from '@mikro-orm/postgresql';
import { countAttempts, isUuid } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { Cadre, Pairing } from '../cadre/index.js';
import { Region } from '../region/index.js';
import { AuditAction, AuditOutcome, appendAuditRecord } from '../audit/index.js';
import { Case, CaseService, CaseStatus } from '../case/index.js';
import { HouseholdCode } from './household-code.entity.js';
import { looksLikeCode } from './household-code.js';
import { ServiceOrder } from './service-order.entity.js';
import { RATING_MAX, RATING_MIN, ServiceOrderKind, ServiceOrderStatus } from './service-order.enums.js';
import {
  ServiceOrderErrorCode,
  orderNotFound,
  orderText,
  serviceOrderError,
  serviceOrderInput,
} from './service-order.errors.js';
import type { PublicCase, PublicContact, PublicHousehold, PublicServiceOrder } from './public-order.types.js';

/** Public-page calls per code and per client address over this minute and the one before. */
export const PUBLIC_LIMITS = { perCode: 20, perAddress: 60 };
const DESCRIPTION_MAX = 500;
const PREFERRED_MAX = 50;
const COMMENT_MAX = 200;
const REASON_MAX = 500;
const SUMMARY_CHARS = 30;
/** Orders not yet done a household may have at once: enough for real needs, not for flooding a grid. */
const OPEN_MAX = 5;
const OPEN = [
  ServiceOrderStatus.ORDERED,
  ServiceOrderStatus.POSTED,
  ServiceOrderStatus.DISPATCHED,
  ServiceOrderStatus.ACCEPTED,
];

const codeInvalid = () => serviceOrderError(ServiceOrderErrorCode.CODE_INVALID);

/** 称呼: surname + 同志 (two-character surnames of the common compound ones kept whole). */
export function courtesyTitle(name: string): string {
  const compound = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯)/.exec(name);
  return `${compound ? compound[1] : ([...name][0] ?? '')}同志`;
}
const contactOf = (c: Cadre): PublicContact => ({ title: courtesyTitle(c.name), post: c.post });

/**
 * The villager's side, without an account: the household code is the key. Every call counts
 * toward the limits per code and per client address first; a malformed, unknown or revoked code is
 * looked up all the same (one answer, one shape of work) and the refusal is audited.
 */
export class PublicOrderService {
  constructor(
    private readonly em: EntityManager,
    private readonly clientAddress: string | null,
  ) {}

  /** The household the code opens, or SERVICE_ORDER_CODE_INVALID / SERVICE_ORDER_RATE_LIMITED. */
  private async open(rawCode: string): Promise<Household> {
    const code = String(rawCode ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 64);
    const keys = [`c:${code}`, ...(this.clientAddress ? [`a:${this.clientAddress.slice(0, 100)}`] : [])];
    const counts = await countAttempts(this.em, 'public_throttle', keys);
    if (
      (counts.get(keys[0]!) ?? 0) > PUBLIC_LIMITS.perCode ||
      (counts.get(keys[1] ?? '') ?? 0) > PUBLIC_LIMITS.perAddress
    )
      throw serviceOrderError(ServiceOrderErrorCode.RATE_LIMITED);
    const found = await this.em.findOne(
      HouseholdCode,
      { code: looksLikeCode(code) ? code : '', revokedAt: null },
      { populate: ['household'] },
    );
    if (!found) {
      await appendAuditRecord(this.em, {
        action: AuditAction.PUBLIC_CODE_REFUSED,
        outcome: AuditOutcome.FAILURE,
        actorId: null,
        actorName: '扫码群众',
        clientAddress: this.clientAddress,
        subjectType: 'HouseholdCode',
        subjectId: null,
        divisionCode: '',
        reason: '无效或已停用的农户服务码',
        detail: `服务码前 6 位：${code.slice(0, 6)}`,
      });
      throw codeInvalid();
    }
    return found.household;
  }

  async household(code: string): Promise<PublicHousehold> {
    const h = await this.open(code);
    const regions = await this.em.find(Region, { code: { $in: [h.villageCode, h.villageCode.slice(0, 9)] } });
    const pairings = await this.em.find(
      Pairing,
      { household: h.id, endedOn: null },
      { populate: ['cadre'], orderBy: [{ startedOn: 'asc' }, { id: 'asc' }] },
    );
    return {
      villageName: regions.find((r) => r.code === h.villageCode)?.name ?? '',
      townshipName: regions.find((r) => r.code.length === 9)?.name ?? null,
      contacts: pairings.map((p) => contactOf(p.cadre)),
      objectableCases: await this.householdCases(h.id),
    };
  }

  async orders(code: string): Promise<PublicServiceOrder[]> {
    const h = await this.open(code);
    const rows = await this.em.find(
      ServiceOrder,
      { household: h.id },
      { populate: ['cadre'], orderBy: [{ orderedAt: 'desc' }, { id: 'desc' }], limit: 50 },
    );
    return rows.map(publicView);
  }

  async place(
    code: string,
    kind: ServiceOrderKind,
    description: string,
    preferredTime: string | null | undefined,
  ): Promise<PublicServiceOrder> {
    const what = orderText(description, 'description', '需求描述', DESCRIPTION_MAX, true)!;
    const when = orderText(preferredTime, 'preferredTime', '希望办理的时间', PREFERRED_MAX, false);
    if (!Object.values(ServiceOrderKind).includes(kind)) throw serviceOrderInput('kind', '请选择服务类别');
    const h = await this.open(code);
    return this.em.transactional(async (tx) => {
      // one household's orders at a time, so the open count cannot be raced
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`service-order:${h.id}`]);
      if ((await tx.count(ServiceOrder, { household: h.id, status: { $in: OPEN } })) >= OPEN_MAX)
        throw serviceOrderError(ServiceOrderErrorCode.TOO_MANY_OPEN);
      const order = tx.create(ServiceOrder, {
        household: h.id,
        villageCode: h.villageCode,
        gridId: h.grid?.id ?? null,
        kind,
        description: what,
        preferredTime: when,
      });
      await tx.flush();
      return publicView(order);
    });
  }

  async rate(
    code: string,
    orderId: string,
    rating: number,
    comment: string | null | undefined,
  ): Promise<PublicServiceOrder> {
    if (!Number.isInteger(rating) || rating < RATING_MIN || rating > RATING_MAX)
      throw serviceOrderInput('rating', `评价为 ${RATING_MIN} 到 ${RATING_MAX} 星`);
    const words = orderText(comment, 'comment', '评价意见', COMMENT_MAX, false);
    const h = await this.open(code);
    return this.em.transactional(async (tx) => {
      const order = isUuid(orderId)
        ? await tx.findOne(ServiceOrder, { id: orderId, household: h.id }, { populate: ['cadre'] })
        : null;
      if (!order) throw orderNotFound('orderId');
      if (order.status !== ServiceOrderStatus.DONE)
        throw serviceOrderError(ServiceOrderErrorCode.TRANSITION_INVALID, '只能评价已办结、尚未评价的服务');
      order.status = ServiceOrderStatus.RATED;
      order.rating = rating;
      order.ratingComment = words;
      order.ratedAt = new Date();
      await tx.flush();
      return publicView(order);
    });
  }

  /** 异议: the villager objects to a closed case within its window; the case module reopens it. */
  async object(code: string, caseId: string, reason: string): Promise<PublicCase[]> {
    const why = orderText(reason, 'reason', '异议理由', REASON_MAX, true)!;
    const h = await this.open(code);
    await CaseService.objectByVillager(this.em, { householdId: h.id, caseId, reason: why });
    return this.householdCases(h.id);
  }

  private async householdCases(householdId: string): Promise<PublicCase[]> {
    const cases = await this.em.find(
      Case,
      { household: householdId, status: CaseStatus.CLOSED, objectionUntil: { $gt: new Date() } },
      { orderBy: [{ closedAt: 'desc' }] },
    );
    return cases.map((c) => ({
      id: c.id,
      code: c.code,
      domain: c.domain,
      closedAt: c.closedAt!,
      objectionUntil: c.objectionUntil!,
    }));
  }
}

function publicView(o: ServiceOrder): PublicServiceOrder {
  const chars = [...o.description];
  return {
    id: o.id,
    kind: o.kind,
    summary: chars.length > SUMMARY_CHARS ? `${chars.slice(0, SUMMARY_CHARS).join('')}…` : o.description,
    status: o.status,
    orderedAt: o.orderedAt,
    doneAt: o.doneAt,
    handler: o.cadre ? contactOf(o.cadre) : null,
    rating: o.rating,
  };
}
