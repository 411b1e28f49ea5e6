import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { entityNotFound, invalidInput, todayInChina } from '@xiangzhi/subgraph-kit';
import { Region, RegionLevel } from '../region/index.js';
import { CaseFigureGroupBy, caseFigureRows, monthRange } from '../case/index.js';
import { ServiceOrder } from '../service-order/index.js';
import { TransparencyMonth } from './transparency.entity.js';
import type { PublicVillageMonth, PublicVillagePage } from './transparency.types.js';

export const transparencyInput = invalidInput('TRANSPARENCY');
const PUBLIC_MONTHS = 24;

const toPublic = (m: TransparencyMonth): PublicVillageMonth => ({
  month: m.month,
  casesRaised: m.casesRaised,
  casesClosed: m.casesClosed,
  casesOnTime: m.casesOnTime,
  satisfactionRate: m.casesRated ? Math.round((m.casesSatisfied / m.casesRated) * 10000) / 10000 : null,
  ordersDone: m.ordersDone,
  publishedAt: m.publishedAt,
});

/** 村务公开: a village office publishes a month's counts (TRANSPARENCY_PUBLISH); anyone reads published months. */
export class TransparencyService {
  constructor(private readonly em: EntityManager) {}

  async publish(principal: Principal, villageCode: string, month: string): Promise<PublicVillageMonth> {
    const village = /^\d{12}$/.test(villageCode) ? await this.em.findOne(Region, { code: villageCode }) : null;
    if (!village || village.level !== RegionLevel.VILLAGE)
      throw entityNotFound('REGION', 'villageCode', '村不存在或不在您的管辖范围内');
    authorize(principal, Action.TRANSPARENCY_PUBLISH, { divisionCode: villageCode });
    const range = monthRange(month, month);
    if (!range) throw transparencyInput('month', '月份格式应为 YYYY-MM，如 2026-11');
    if (month > todayInChina().slice(0, 7)) throw transparencyInput('month', '不能公开未到的月份');
    const [row] = await caseFigureRows(this.em, villageCode, CaseFigureGroupBy.VILLAGE, range.start, range.end);
    const ordersDone = await this.em.count(ServiceOrder, {
      villageCode,
      doneAt: { $gte: range.start, $lt: range.end },
    });
    const counts = {
      casesRaised: row?.raised ?? 0,
      casesClosed: row?.closed ?? 0,
      casesOnTime: row?.onTime ?? 0,
      casesRated: row?.rated ?? 0,
      casesSatisfied: row?.satisfied ?? 0,
      ordersDone,
      publishedAt: new Date(),
      publishedByAccountId: principal.accountId,
    };
    // publishing again replaces the month with today's counts
    const existing = await this.em.findOne(TransparencyMonth, { villageCode, month });
    const saved = existing
      ? Object.assign(existing, counts)
      : this.em.create(TransparencyMonth, { villageCode, month, ...counts });
    await this.em.flush();
    return toPublic(saved);
  }

  /** The public page: published months only, newest first; null for a code that is not a village. */
  async publicPage(villageCode: string): Promise<PublicVillagePage | null> {
    if (!/^\d{12}$/.test(villageCode)) return null;
    const villages = await this.em.find(Region, { code: { $in: [villageCode, villageCode.slice(0, 9)] } });
    const village = villages.find((r) => r.code === villageCode && r.level === RegionLevel.VILLAGE);
    if (!village) return null;
    const months = await this.em.find(
      TransparencyMonth,
      { villageCode },
      { orderBy: { month: 'desc' }, limit: PUBLIC_MONTHS },
    );
    return {
      villageCode,
      villageName: village.name,
      townshipName: villages.find((r) => r.code === villageCode.slice(0, 9))?.name ?? null,
      months: months.map(toPublic),
    };
  }
}
