import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequiredEntityData } from '@mikro-orm/core';
import type { DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { Visit, VisitMethod } from './visit.entity.js';
import { demoStream, demoUuid } from '../territory/index.js';
import { todayInChina } from '@xiangzhi/subgraph-kit';

const FAMILY = [
  '一家三代同住，身体状况总体良好',
  '老两口在家，儿子在县城务工，孙子在镇中学读书',
  '户主常年在外务工，妻子在家照顾老人和小孩',
  '独居老人，子女每月回家一次',
  '夫妻在家务农，女儿在外地读大学',
];
const PRODUCTION = [
  '种植水稻5亩、油茶3亩，今年收成较好',
  '养殖生猪12头，饲料价格上涨压力较大',
  '柑橘园8亩，销路主要靠收购商上门',
  '家中劳力外出务工，承包地已流转给合作社',
  '在村油茶基地务工，月收入约2500元',
  '种植烤烟10亩，已与烟草站签订收购合同',
];
const LIVING = [
  '住房为砖混结构，安全饮水有保障',
  '已完成改厕，生活垃圾定点投放',
  '冬季取暖用电暖器，用电正常',
  '房屋屋顶有漏雨，需要维修',
  '老人行动不便，日常由邻居帮忙照看',
];
const DIFFICULTIES = [
  '老人患慢性病长期用药，医疗支出较大',
  '孩子上学路远，交通不便',
  '农产品缺少销售渠道，卖不上价',
  '缺劳力，农忙时请工困难',
  '城乡居民医保缴费操作不熟悉',
];
const DEMANDS = [
  '希望帮助对接电商平台销售柑橘',
  '希望村里组织一次水稻病虫害防治培训',
  '希望修缮通组公路',
  '想了解危房改造补助政策',
  '申请低保复核',
];
const METHODS: ReadonlyArray<readonly [VisitMethod, number]> = [
  [VisitMethod.IN_PERSON, 0.7],
  [VisitMethod.ONLINE, 0.18],
  [VisitMethod.STAY_OVER, 0.06],
  [VisitMethod.QUESTIONNAIRE, 0.06],
];

const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The visit module's part of the demo data: visits over the four months up to the dataset's
 * reference day, for paired households, so coverage pages show real, partial numbers. Village
 * cadres visit most of their households most months (each cadre with their own diligence);
 * township cadres come less often. Derived from ids only: the same dataset gives the same visits.
 * A hand-written fixture (no referenceDate) gets none, so tests count their own visits.
 */
export async function loadVisitDemo(em: EntityManager, data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  if (!data.referenceDate) return;
  const ref = data.referenceDate < todayInChina() ? data.referenceDate : todayInChina();
  const [ry, rm, rd] = ref.split('-').map(Number) as [number, number, number];
  const months = [3, 2, 1, 0].map((back) => {
    const d = new Date(Date.UTC(ry, rm - 1 - back, 1));
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    return { y, m, last: back === 0 ? rd : daysIn(y, m), share: back === 0 ? rd / daysIn(y, m) : 1 };
  });
  const cadres = new Map(data.cadres.map((c) => [c.id, c]));
  const households = new Map(data.households.map((h) => [h.id, h]));
  const usernames = new Map(data.accounts.filter((a) => a.cadreId).map((a) => [a.cadreId!, a.username]));
  const secretaries = new Map(
    data.cadres.filter((c) => c.post.startsWith('村党支部书记')).map((c) => [c.divisionCode, c.id]),
  );

  const visits: RequiredEntityData<Visit>[] = [];
  const links: [string, string][] = [];
  for (const p of data.pairings) {
    const cadre = cadres.get(p.cadreId);
    const household = households.get(p.householdId);
    if (!cadre || !household) continue;
    const random = demoStream(`visit:${p.id}`);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const diligence = cadre.divisionCode.length === 9 ? 0.3 : 0.55 + 0.4 * demoStream(`diligence:${cadre.id}`)();
    for (const { y, m, last, share } of months) {
      if (random() >= diligence * share) continue;
      const visitedOn = iso(y, m, 1 + Math.floor(random() * last));
      if (visitedOn < p.startedOn) continue;
      let r = random();
      const method = METHODS.find(([, w]) => (r -= w) < 0)?.[0] ?? VisitMethod.IN_PERSON;
      const id = demoUuid(`visit:${p.id}:${y}-${m}`);
      visits.push({
        id,
        household: household.id,
        villageCode: household.villageCode,
        gridId: household.gridId,
        visitedOn,
        method,
        family: random() < 0.5 ? pick(FAMILY) : null,
        production: pick(PRODUCTION),
        living: pick(LIVING),
        difficulties: random() < 0.4 ? pick(DIFFICULTIES) : null,
        demands: random() < 0.3 ? pick(DEMANDS) : null,
        createdBy: usernames.get(cadre.id) ?? 'demo',
        createdAt: new Date(`${visitedOn}T10:00:00+08:00`),
        version: 1,
      });
      links.push([id, cadre.id]);
      // now and then the village party secretary comes along (joint visit)
      const secretary = secretaries.get(household.villageCode);
      if (secretary && secretary !== cadre.id && random() < 0.08) links.push([id, secretary]);
    }
  }
  for (let i = 0; i < visits.length; i += 1000) await em.insertMany(Visit, visits.slice(i, i + 1000));
  for (let i = 0; i < links.length; i += 1000) {
    const chunk = links.slice(i, i + 1000);
    await em
      .getConnection()
      .execute(
        `insert into visit_cadre (visit_id, cadre_id) values ${chunk.map(() => '(?, ?)').join(', ')}`,
        chunk.flat(),
        'run',
        em.getTransactionContext(),
      );
  }
}
