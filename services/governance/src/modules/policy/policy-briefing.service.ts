import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, type Principal } from '@xiangzhi/auth';
import { fileDownload, groupBy, isCalendarDate, isUuid, todayInChina, type FileDownload } from '@xiangzhi/subgraph-kit';
import { Household, HouseholdService } from '../household/index.js';
import { Region } from '../region/index.js';
import { requireWrite } from '../territory/index.js';
import { PolicyBenefit, PolicyBenefitStatus as S } from './policy-benefit.entity.js';
import { PolicyBriefing } from './policy-briefing.entity.js';
import { PolicyBenefitService } from './policy-benefit.service.js';
import { briefingInput, householdNotFound } from './policy.errors.js';
import { renderPolicyCard } from './policy-card.pdf.js';
import type { BriefHouseholdInput } from './dto/policy.input.js';

const CATEGORY: Record<string, string> = {
  INDUSTRY: '产业增收',
  HOUSING: '安居工程',
  EMPLOYMENT: '创业就业',
  PUBLIC_SERVICE: '公共服务',
  SOCIAL_SECURITY: '社会保障',
  ENVIRONMENT: '生态环保',
  OTHER: '其他',
};
const STATUS: Record<S, string> = {
  ELIGIBLE: '可申请',
  INFORMED: '已告知',
  APPLIED: '已申请',
  GRANTED: '已享受',
  DECLINED: '未享受',
  INELIGIBLE: '不符合',
};

/** 政策宣讲到户 and its 政策明白卡, by the people in the field, scoped like the register (OWN for cadres). */
export class PolicyBriefingService {
  private readonly benefits: PolicyBenefitService;
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {
    this.benefits = new PolicyBenefitService(em, principal);
  }

  private async household(tx: EntityManager, id: string): Promise<Household | null> {
    if (!isUuid(id)) return null;
    const scope = await new HouseholdService(tx, this.principal).scopeFilter(null, Action.POLICY_BENEFIT_RECORD);
    return tx.findOne(Household, { $and: [{ id }, scope] });
  }

  /** Records a briefing; the policies still ELIGIBLE for the household move to INFORMED, with history. */
  async brief(input: BriefHouseholdInput): Promise<PolicyBriefing> {
    requireWrite(this.principal, Action.POLICY_BENEFIT_RECORD);
    const ids = [...new Set(input.policyIds)];
    if (!ids.length) throw briefingInput('policyIds', '请选择宣讲的政策');
    if (ids.length > 30) throw briefingInput('policyIds', '一次最多宣讲 30 项政策');
    const today = todayInChina();
    const briefedOn = input.briefedOn || today;
    if (!isCalendarDate(briefedOn)) throw briefingInput('briefedOn', '日期格式应为 YYYY-MM-DD');
    if (briefedOn > today) throw briefingInput('briefedOn', '宣讲日期不能晚于今天');
    const acknowledgedBy = input.acknowledgedBy?.trim() || null;
    if (acknowledgedBy && acknowledgedBy.length > 50)
      throw briefingInput('acknowledgedBy', '确认人姓名不能超过 50 个字');
    const note = input.note?.trim() || null;
    if (note && note.length > 500) throw briefingInput('note', '备注不能超过 500 个字');
    const visible = await this.benefits.visible(null, Action.POLICY_BENEFIT_RECORD);
    return this.em.transactional(async (tx) => {
      const household = await this.household(tx, input.householdId);
      if (!household) throw householdNotFound();
      const rows = ids.every(isUuid)
        ? await tx.find(PolicyBenefit, { $and: [visible, { household, policy: { $in: ids } }] })
        : [];
      const owed = rows.filter((b) => b.status !== S.INELIGIBLE);
      if (owed.length !== ids.length) throw briefingInput('policyIds', '只能宣讲该户符合条件的政策');
      for (const b of owed)
        if (b.status === S.ELIGIBLE) await this.benefits.move(tx, b, S.INFORMED, `政策宣讲（${briefedOn}）`);
      const briefing = tx.create(PolicyBriefing, {
        household,
        villageCode: household.villageCode,
        briefedOn,
        briefedBy: this.principal.username,
        cadreId: this.principal.cadreId ?? null,
        policyIds: ids,
        acknowledged: input.acknowledged,
        acknowledgedBy,
        note,
      });
      await tx.flush();
      return briefing;
    });
  }

  /** Briefings of many households, newest first, one statement. */
  async ofHouseholds(householdIds: readonly string[]): Promise<Map<string, PolicyBriefing[]>> {
    const rows = await this.em.find(
      PolicyBriefing,
      { household: { $in: [...householdIds] } },
      { orderBy: [{ briefedOn: 'desc' }, { createdAt: 'desc' }] },
    );
    return groupBy(
      rows,
      (b) => b.household.id,
      (b) => b,
    );
  }

  /** The household's 政策明白卡 (PDF), or null when the household is not the caller's to brief. */
  async card(householdId: string): Promise<FileDownload | null> {
    requireWrite(this.principal, Action.POLICY_BENEFIT_RECORD);
    const household = await this.household(this.em, householdId);
    if (!household) return null;
    const [benefits, briefings, places] = await Promise.all([
      this.benefits.ofHouseholds([household.id]),
      this.em.find(PolicyBriefing, { household }, { orderBy: { briefedOn: 'desc' }, limit: 1 }),
      this.em.find(Region, { code: { $in: [household.villageCode.slice(0, 9), household.villageCode] } }),
    ]);
    const rows = benefits.get(household.id) ?? [];
    await this.em.populate(rows, ['policy']);
    const place = places.sort((a, b) => a.code.length - b.code.length).map((r) => r.name);
    const pdf = await renderPolicyCard({
      headName: household.headName,
      address: household.address,
      place: place.join(''),
      policies: rows
        .filter((b) => b.status !== S.DECLINED)
        .map((b) => ({
          name: b.policy.name,
          category: CATEGORY[b.policy.category] ?? '',
          status: STATUS[b.status],
          issuingBody: b.policy.issuingBody,
          summary: b.policy.summary,
          validTo: b.policy.validTo,
        })),
      lastBriefing: briefings[0] ? { on: briefings[0].briefedOn, by: briefings[0].briefedBy } : null,
      printedOn: todayInChina(),
    });
    return fileDownload(`政策明白卡-${household.headName}.pdf`, 'application/pdf', pdf);
  }
}
