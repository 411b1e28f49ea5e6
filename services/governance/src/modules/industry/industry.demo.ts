import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { demoUuid } from '../territory/index.js';
import {
  IndustryMatch,
  IndustryNeed,
  IndustryNeedKind as K,
  IndustryNeedStatus,
  IndustryResource,
  IndustryResourceKind,
} from './industry.entity.js';

const NEEDS: [K, string][] = [
  [K.SALES, '柑橘 8 亩今年丰收，收购商压价，希望对接电商或超市销路'],
  [K.TECHNOLOGY, '油茶林老化、挂果少，想学低产林改造技术'],
  [K.FUNDING, '想扩大生猪养殖到 30 头，缺少圈舍建设资金'],
  [K.LABOUR, '家中只有老人，农忙时采茶缺人手'],
];

/**
 * A county 科技特派员, a township cooperative and an enterprise, and a few needs in the first village
 * (one of them already matched), so `npm start` shows the matching pages with something in them.
 */
export async function loadIndustryDemo(em: EntityManager, data: DemoDataset): Promise<void> {
  const county = data.regions.find((r) => r.level === 'COUNTY');
  const township = data.regions.find((r) => r.level === 'TOWNSHIP');
  const village = data.regions.find((r) => r.level === 'VILLAGE' && r.parentCode === township?.code);
  if (!county || !township || !village) return;
  const resource = (name: string, kind: IndustryResourceKind, offers: K[], offerText: string, divisionCode: string) =>
    em.create(IndustryResource, {
      id: demoUuid(`industry-resource:${name}`),
      kind,
      name,
      offers,
      offerText,
      divisionCode,
      contactName: null,
      phone: null,
    });
  resource(
    '县农业农村局科技特派员 刘志军',
    IndustryResourceKind.TECH_COMMISSIONER,
    [K.TECHNOLOGY, K.IDEA],
    '油茶、柑橘栽培与病虫害防治，低产林改造现场指导',
    county.code,
  );
  const coop = resource(
    `${township.name}果蔬专业合作社`,
    IndustryResourceKind.COOPERATIVE,
    [K.SALES, K.LABOUR],
    '统一收购柑橘、蔬菜，对接县城超市和电商平台；农忙时组织互助采摘',
    township.code,
  );
  resource(
    '县农商银行',
    IndustryResourceKind.ENTERPRISE,
    [K.FUNDING],
    '产业发展小额贷款、脱贫人口小额信贷',
    county.code,
  );
  const households = data.households.filter((h) => h.villageCode === village.code).slice(0, NEEDS.length);
  const needs = households.map((h, i) =>
    em.create(IndustryNeed, {
      id: demoUuid(`industry-need:${h.id}`),
      household: h.id,
      villageCode: village.code,
      kind: NEEDS[i]![0],
      description: NEEDS[i]![1],
      recordedBy: 'demo',
    }),
  );
  if (needs[0]) {
    needs[0].status = IndustryNeedStatus.MATCHED;
    em.create(IndustryMatch, { need: needs[0], resource: coop, matchedBy: 'demo', note: '合作社负责人已电话联系' });
  }
  await em.flush();
}
