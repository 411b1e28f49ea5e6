import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { demoUuid } from '../territory/index.js';
import { HouseholdTagKind, IncomeBand } from '../household/index.js';
import { Policy, PolicyCategory } from './policy.entity.js';
import { isSensitive, type PolicyRule } from './policy-rule.js';
import { recomputeBenefits } from './policy-recompute.js';

const DEMO: { name: string; category: PolicyCategory; summary: string; issuingBody: string; rule: PolicyRule }[] = [
  {
    name: '80 周岁以上高龄津贴',
    category: PolicyCategory.SOCIAL_SECURITY,
    summary: '年满 80 周岁的本县户籍老年人，每月发放高龄津贴 100 元，由村委会代为申请，按月发放到社保卡。',
    issuingBody: '县民政局',
    rule: { type: 'MEMBER_AGE', min: 80, max: null },
  },
  {
    name: '农村危房改造补助',
    category: PolicyCategory.HOUSING,
    summary: '低保户、特困供养户、重病重残户等住房困难家庭的危房，经鉴定后给予改造补助，每户 1.5 万至 3.5 万元。',
    issuingBody: '县住房和城乡建设局',
    rule: {
      type: 'ANY',
      conditions: [
        { type: 'HAS_TAG', tag: HouseholdTagKind.DIBAO },
        { type: 'HAS_TAG', tag: HouseholdTagKind.WUBAO },
        { type: 'HAS_TAG', tag: HouseholdTagKind.SERIOUS_ILLNESS_DISABILITY },
      ],
    },
  },
  {
    name: '农村劳动力转移就业交通补贴',
    category: PolicyCategory.EMPLOYMENT,
    summary: '家庭年收入 3 万元以下、有 16 至 59 周岁劳动力外出务工满 3 个月的，每人每年补贴往返交通费 500 元。',
    issuingBody: '县人力资源和社会保障局',
    rule: {
      type: 'ALL',
      conditions: [
        { type: 'MEMBER_AGE', min: 16, max: 59 },
        { type: 'INCOME_BAND', bands: [IncomeBand.BELOW_10K, IncomeBand.FROM_10K_TO_30K] },
      ],
    },
  },
  {
    name: '留守儿童关爱服务',
    category: PolicyCategory.PUBLIC_SERVICE,
    summary: '为留守儿童建立关爱档案，安排“代理家长”定期走访，寒暑假开展课业辅导和安全教育。',
    issuingBody: '县妇联',
    rule: { type: 'HAS_TAG', tag: HouseholdTagKind.LEFT_BEHIND_CHILD },
  },
];

/**
 * A few county policies of the demo catalog, computed for the whole county; the benefits are dated
 * 45 days back so the gap report (应享未享, 30 days) has something to show.
 */
export async function loadPolicyDemo(em: EntityManager, data: DemoDataset): Promise<void> {
  const county = data.regions.find((r) => r.level === 'COUNTY');
  if (!county) return;
  const policies = DEMO.map((p) =>
    em.create(Policy, {
      id: demoUuid(`policy:${p.name}`),
      ...p,
      divisionCode: county.code,
      validFrom: '2026-01-01',
      sensitive: isSensitive(p.rule),
      updatedBy: 'demo',
    }),
  );
  await em.flush();
  for (const p of policies) await recomputeBenefits(em, p, county.code, 'demo');
  await em.execute(`update policy_benefit set status_since = now() - interval '45 days'`);
  await em.execute(`update policy_benefit_change set changed_at = now() - interval '45 days'`);
}
