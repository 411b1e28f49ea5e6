import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery, type ObjectQuery } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Action, type Principal } from '@xiangzhi/auth';
import { decodePage, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Region } from '../region/index.js';
import { requireAction } from '../territory/index.js';
import { OPEN_STATUSES, PolicyBenefit, PolicyBenefitStatus as S } from './policy-benefit.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyBenefitService } from './policy-benefit.service.js';
import { policyInput } from './policy.errors.js';
import type { PolicyGapArgs, PolicyGapHouseholdsArgs } from './dto/policy.input.js';

@ObjectType('PolicyGapRow', {
  description: '应享未享：一个村 × 一项政策 / Owed but not receiving, per village and policy',
})
export class PolicyGapRow {
  @Field(() => String, { description: '村区划代码' }) villageCode!: string;
  @Field(() => String, { description: '村名' }) villageName!: string;
  @Field(() => ID, { description: '政策编号' }) policyId!: string;
  @Field(() => String, { description: '政策名称' }) policyName!: string;
  @Field(() => Int, { description: '符合条件未宣讲的户数' }) eligible!: number;
  @Field(() => Int, { description: '已宣讲未申请的户数' }) informed!: number;
  @Field(() => Int, { description: '已申请未享受的户数' }) applied!: number;
  @Field(() => Int, { description: '合计' }) total!: number;
}

function cutoff(days: number): Date {
  if (!Number.isInteger(days) || days < 0 || days > 365) throw policyInput('overdueDays', '停留天数应为 0–365 的整数');
  return new Date(Date.now() - days * 86_400_000);
}

/** 应享未享: households owed a policy (eligible, informed or applied) for more than N days. */
export class PolicyGapService {
  private readonly benefits: PolicyBenefitService;
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {
    this.benefits = new PolicyBenefitService(em, principal);
  }

  private async owed(
    regionCode: string | null | undefined,
    days: number,
    personal: boolean,
    policyId?: string | null,
  ): Promise<ObjectQuery<PolicyBenefit>> {
    const before = cutoff(days);
    const scope = personal
      ? await this.benefits.visible(regionCode)
      : { household: await this.benefits.households(regionCode) };
    const where: FilterQuery<PolicyBenefit>[] = [
      scope,
      { status: { $in: [...OPEN_STATUSES] }, statusSince: { $lt: before }, policy: { active: true } },
    ];
    if (policyId) where.push({ policy: isUuid(policyId) ? policyId : null });
    return { $and: where };
  }

  /** Counts by village × policy, one grouped statement, then the names (two more). */
  async report(q: PolicyGapArgs): Promise<PolicyGapRow[]> {
    requireAction(this.principal, Action.POLICY_READ);
    // counts are not personal data: sensitive policies are counted for every reader
    const where = await this.owed(q.regionCode, q.overdueDays, false);
    const rows = await this.em
      .createQueryBuilder(PolicyBenefit, 'b')
      .select([raw('b.village_code as village'), raw('b.policy_id as policy'), 'b.status', raw('count(*) as n')])
      .where(where)
      .groupBy(['b.villageCode', 'b.policy', 'b.status'])
      .execute<{ village: string; policy: string; status: S; n: string }[]>('all', false);
    if (!rows.length) return [];
    const [regions, policies] = await Promise.all([
      this.em.find(Region, { code: { $in: [...new Set(rows.map((r) => r.village))] } }),
      this.em.find(Policy, { id: { $in: [...new Set(rows.map((r) => r.policy))] } }),
    ]);
    const regionName = new Map(regions.map((r) => [r.code, r.name]));
    const policyName = new Map(policies.map((p) => [p.id, p.name]));
    const out = new Map<string, PolicyGapRow>();
    for (const r of rows) {
      const key = `${r.village}|${r.policy}`;
      const row =
        out.get(key) ??
        Object.assign(new PolicyGapRow(), {
          villageCode: r.village,
          villageName: regionName.get(r.village) ?? r.village,
          policyId: r.policy,
          policyName: policyName.get(r.policy) ?? '',
          eligible: 0,
          informed: 0,
          applied: 0,
          total: 0,
        });
      const n = Number(r.n);
      if (r.status === S.ELIGIBLE) row.eligible += n;
      if (r.status === S.INFORMED) row.informed += n;
      if (r.status === S.APPLIED) row.applied += n;
      row.total += n;
      out.set(key, row);
    }
    return [...out.values()].sort(
      (a, b) =>
        a.villageCode.localeCompare(b.villageCode) || b.total - a.total || a.policyName.localeCompare(b.policyName),
    );
  }

  /** The households behind the counts, longest waiting first; sensitive policies only for personal-data readers. */
  async households(q: PolicyGapHouseholdsArgs): Promise<Connection<PolicyBenefit>> {
    requireAction(this.principal, Action.POLICY_READ);
    const { limit, offset } = decodePage(q);
    const where = await this.owed(q.regionCode, q.overdueDays, true, q.policyId);
    const [rows, total] = await this.em.findAndCount(PolicyBenefit, where, {
      orderBy: [{ statusSince: 'asc' }, { id: 'asc' }],
      limit,
      offset,
    });
    return toConnection(rows, total, offset);
  }
}
