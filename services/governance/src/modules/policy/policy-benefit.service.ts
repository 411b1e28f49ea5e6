import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, raw, type FilterQuery } from '@mikro-orm/core';
import { Action, type Principal } from '@xiangzhi/auth';
import { decodePage, groupBy, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { HouseholdService, type Household } from '../household/index.js';
import { maySeePersonalData } from '../audit/index.js';
import { requireAction, requireWrite } from '../territory/index.js';
import { PolicyBenefit, PolicyBenefitChange, PolicyBenefitStatus as S } from './policy-benefit.entity.js';
import { benefitInput, benefitNotFound } from './policy.errors.js';
import type { PolicyBenefitsArgs, RecordPolicyBenefitInput } from './dto/policy.input.js';

/** The moves people make by hand; INELIGIBLE and back is the rule's (recomputation), never a person's. */
export const NEXT: Readonly<Record<S, readonly S[]>> = {
  [S.ELIGIBLE]: [S.INFORMED],
  [S.INFORMED]: [S.APPLIED, S.DECLINED],
  [S.APPLIED]: [S.GRANTED, S.DECLINED],
  [S.GRANTED]: [],
  [S.DECLINED]: [],
  [S.INELIGIBLE]: [],
};

const LABEL: Record<S, string> = {
  ELIGIBLE: '符合条件',
  INFORMED: '已宣讲',
  APPLIED: '已申请',
  GRANTED: '已享受',
  DECLINED: '未享受',
  INELIGIBLE: '不再符合条件',
};

const ORDER = [{ villageCode: 'asc' }, { statusSince: 'asc' }, { id: 'asc' }] as const;

/** Household × policy: who is owed what, moved along by the people in the field, scoped like the register. */
export class PolicyBenefitService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /**
   * Benefits the caller may see: households in the register scope for `action`; a policy whose rule
   * looks at 低保, 重病重残 … only for those who may see personal data (the others see its counts).
   */
  async visible(regionCode?: string | null, action = Action.POLICY_READ): Promise<FilterQuery<PolicyBenefit>> {
    const household = await this.households(regionCode, action);
    return maySeePersonalData(this.principal) ? { household } : { household, policy: { sensitive: false } };
  }

  /** Benefits of the households in the register scope for `action`, whatever the policy (for counts). */
  async households(regionCode?: string | null, action = Action.POLICY_READ): Promise<FilterQuery<Household>> {
    return new HouseholdService(this.em, this.principal).scopeFilter(regionCode, action);
  }

  async list(policyId: string, q: PolicyBenefitsArgs): Promise<Connection<PolicyBenefit>> {
    requireAction(this.principal, Action.POLICY_READ);
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<PolicyBenefit>[] = [await this.visible(q.regionCode), { policy: policyId }];
    where.push(q.status ? { status: q.status } : { status: { $ne: S.INELIGIBLE } });
    const [rows, total] = await this.em.findAndCount(
      PolicyBenefit,
      { $and: where },
      { orderBy: [...ORDER], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  /** Counts by status for many policies, one statement (counts are not personal data). */
  async countsOf(policyIds: readonly string[]): Promise<Map<string, { status: S; count: number }[]>> {
    const scope = await this.households();
    const rows = await this.em
      .createQueryBuilder(PolicyBenefit, 'b')
      .select([raw('b.policy_id as policy'), 'b.status', raw('count(*) as n')])
      .where({ policy: { $in: [...policyIds] }, household: scope })
      .groupBy(['b.policy', 'b.status'])
      .execute<{ policy: string; status: S; n: string }[]>('all', false);
    return groupBy(
      rows,
      (r) => r.policy,
      (r) => ({ status: r.status, count: Number(r.n) }),
    );
  }

  /** Benefits of many households (the household page), INELIGIBLE left out, one statement. */
  async ofHouseholds(householdIds: readonly string[]): Promise<Map<string, PolicyBenefit[]>> {
    const rows = await this.em.find(
      PolicyBenefit,
      { $and: [await this.visible(), { household: { $in: [...householdIds] }, status: { $ne: S.INELIGIBLE } }] },
      { orderBy: [{ status: 'asc' }, { statusSince: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (b) => b.household.id,
      (b) => b,
    );
  }

  /** Histories of many benefits, oldest step first, one statement. */
  async changesOf(benefitIds: readonly string[]): Promise<Map<string, PolicyBenefitChange[]>> {
    const rows = await this.em.find(
      PolicyBenefitChange,
      { benefit: { $in: [...benefitIds] } },
      { orderBy: [{ changedAt: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (c) => c.benefit.id,
      (c) => c,
    );
  }

  /** One step along ELIGIBLE → INFORMED → APPLIED → GRANTED / DECLINED, with its history row. */
  async record(input: RecordPolicyBenefitInput): Promise<PolicyBenefit> {
    requireWrite(this.principal, Action.POLICY_BENEFIT_RECORD);
    const note = input.note?.trim() || null;
    if (note && note.length > 200) throw benefitInput('note', '说明不能超过 200 个字');
    if (!isUuid(input.benefitId)) throw benefitNotFound();
    const where = await this.visible(null, Action.POLICY_BENEFIT_RECORD);
    return this.em.transactional(async (tx) => {
      const benefit = await tx.findOne(PolicyBenefit, { $and: [{ id: input.benefitId }, where] });
      if (!benefit) throw benefitNotFound();
      await tx.lock(benefit, LockMode.OPTIMISTIC, input.version);
      await this.move(tx, benefit, input.status, note);
      await tx.flush();
      return benefit;
    });
  }

  /** Moves a benefit if the states allow it (else POLICY_BENEFIT_STATUS_INVALID) and writes the history. */
  async move(tx: EntityManager, benefit: PolicyBenefit, to: S, note: string | null): Promise<void> {
    if (!NEXT[benefit.status].includes(to)) {
      const allowed = NEXT[benefit.status].map((s) => LABEL[s]).join('或');
      throw benefitInput(
        'status',
        `「${LABEL[benefit.status]}」不能改为「${LABEL[to]}」${allowed ? `，只能改为${allowed}` : '，该状态已结束'}`,
      );
    }
    tx.create(PolicyBenefitChange, {
      benefit,
      fromStatus: benefit.status,
      toStatus: to,
      changedBy: this.principal.username,
      note,
    });
    benefit.status = to;
    benefit.statusSince = new Date();
    benefit.updatedBy = this.principal.username;
  }
}
