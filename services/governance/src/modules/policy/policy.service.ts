import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Action, divisionLevel, type Principal } from '@xiangzhi/auth';
import {
  decodePage,
  forbidden,
  isCalendarDate,
  isUuid,
  todayInChina,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { Household, HouseholdService, householdWhere } from '../household/index.js';
import { maySeePersonalData } from '../audit/index.js';
import { Region } from '../region/index.js';
import { assertManages, requireAction } from '../territory/index.js';
import { Policy } from './policy.entity.js';
import { isSensitive, parseRule, type PolicyRule } from './policy-rule.js';
import { compileRule } from './policy-rule.compile.js';
import { recomputeBenefits, type RecomputeCounts } from './policy-recompute.js';
import { policyInput, policyNotFound } from './policy.errors.js';
import type { PoliciesArgs, PolicyInput, UpdatePolicyInput } from './dto/policy.input.js';

function text(value: string | null | undefined, field: string, label: string, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) throw policyInput(field, `请填写${label}`);
  if (v.length > max) throw policyInput(field, `${label}不能超过 ${max} 个字`);
  return v;
}

function date(value: string | null | undefined, field: string): string | null {
  if (value == null || value === '') return null;
  if (!isCalendarDate(value)) throw policyInput(field, '日期格式应为 YYYY-MM-DD');
  return value;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The divisions above and at `code` (county, township, village): policies issued there apply below. */
export const lineageOf = (code: string): string[] =>
  [6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));

/**
 * The part of the policy's area the caller works in: the longer of the two codes when one lies inside
 * the other, null when they do not meet.
 */
export function overlap(a: string, b: string): string | null {
  if (a.startsWith(b)) return a;
  if (b.startsWith(a)) return b;
  return null;
}

/** The policy catalog (政策目录): read by everyone in the field, kept by county and township admins. */
export class PolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Policies in the caller's line: issued above (they apply here) or inside the jurisdiction. */
  visible(): FilterQuery<Policy> {
    const own = this.principal.divisionCode;
    return { $or: [{ divisionCode: { $in: lineageOf(own) } }, { divisionCode: { $like: `${own}%` } }] };
  }

  async list(q: PoliciesArgs): Promise<Connection<Policy>> {
    requireAction(this.principal, Action.POLICY_READ);
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<Policy>[] = [this.visible()];
    if (q.category) where.push({ category: q.category });
    if (q.activeOnly) where.push({ active: true });
    const search = q.search?.trim();
    if (search) {
      if (search.length > 30) throw policyInput('search', '搜索内容不能超过 30 个字');
      where.push({ name: { $ilike: `%${escapeLike(search)}%` } });
    }
    const [rows, total] = await this.em.findAndCount(
      Policy,
      { $and: where },
      { orderBy: [{ active: 'desc' }, { category: 'asc' }, { name: 'asc' }, { id: 'asc' }], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  async get(id: string): Promise<Policy | null> {
    requireAction(this.principal, Action.POLICY_READ);
    if (!isUuid(id)) return null;
    return this.em.findOne(Policy, { $and: [{ id }, this.visible()] });
  }

  /** Visible policies among `ids`, one statement. */
  async getMany(ids: readonly string[]): Promise<Map<string, Policy>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.em.find(Policy, { $and: [{ id: { $in: valid } }, this.visible()] });
    return new Map(rows.map((p) => [p.id, p]));
  }

  /** How many households in scope the rule matches: the editor's preview before saving. */
  async preview(rawRule: unknown, regionCode?: string | null): Promise<{ matching: number; inScope: number }> {
    requireAction(this.principal, Action.POLICY_MANAGE);
    const rule = this.checkedRule(rawRule);
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter(regionCode, Action.POLICY_MANAGE);
    const compiled = compileRule(rule, todayInChina());
    const [inScope, matching] = await Promise.all([
      this.em.count(Household, scope),
      this.em.count(Household, { $and: [scope, householdWhere(compiled.sql, compiled.params)] }),
    ]);
    return { matching, inScope };
  }

  async create(input: PolicyInput): Promise<Policy> {
    const fields = await this.checked(input);
    return this.em.transactional(async (tx) => {
      const policy = tx.create(Policy, { ...fields, updatedBy: this.principal.username });
      await tx.flush();
      await this.recomputeIn(tx, policy);
      return policy;
    });
  }

  async update(input: UpdatePolicyInput): Promise<Policy> {
    requireAction(this.principal, Action.POLICY_MANAGE);
    if (!isUuid(input.id)) throw policyNotFound('id');
    const fields = await this.checked(input);
    return this.em.transactional(async (tx) => {
      const policy = await tx.findOne(Policy, { $and: [{ id: input.id }, this.visible()] });
      if (!policy) throw policyNotFound('id');
      // a township may not rewrite the county's policy, nor move one out of its own reach
      assertManages(this.principal, policy.divisionCode, Action.POLICY_MANAGE, '修改上级或其他地区的政策');
      await tx.lock(policy, LockMode.OPTIMISTIC, input.version);
      tx.assign(policy, { ...fields, updatedBy: this.principal.username });
      await tx.flush();
      await this.recomputeIn(tx, policy);
      return policy;
    });
  }

  /** `recomputePolicyBenefits`: the caller's part of the policy's area, brought in line with its rule. */
  async recompute(policyId: string): Promise<RecomputeCounts> {
    requireAction(this.principal, Action.POLICY_MANAGE);
    if (!isUuid(policyId)) throw policyNotFound();
    return this.em.transactional(async (tx) => {
      const policy = await tx.findOne(Policy, { $and: [{ id: policyId }, this.visible()] });
      if (!policy) throw policyNotFound();
      return this.recomputeIn(tx, policy);
    });
  }

  private recomputeIn(tx: EntityManager, policy: Policy): Promise<RecomputeCounts> {
    const prefix = overlap(policy.divisionCode, this.principal.divisionCode);
    if (!prefix) throw policyNotFound();
    return recomputeBenefits(tx, policy, prefix, this.principal.username);
  }

  private checkedRule(raw: unknown): PolicyRule {
    const rule = parseRule(raw);
    // who matches a rule over 低保 or 重病重残 is personal data: only those who may see it write such rules
    if (isSensitive(rule) && !maySeePersonalData(this.principal))
      throw forbidden('享受条件涉及低保、重病重残等敏感信息，您无权使用');
    return rule;
  }

  private async checked(input: PolicyInput) {
    requireAction(this.principal, Action.POLICY_MANAGE);
    const divisionCode = input.divisionCode?.trim() ?? '';
    if (!divisionLevel(divisionCode)) throw policyInput('divisionCode', '适用区划应为县、乡镇或村的区划代码');
    assertManages(this.principal, divisionCode, Action.POLICY_MANAGE, '为该区划制定政策');
    if (!(await this.em.count(Region, { code: divisionCode }))) throw policyInput('divisionCode', '适用区划不存在');
    const validFrom = date(input.validFrom, 'validFrom');
    const validTo = date(input.validTo, 'validTo');
    if (validFrom && validTo && validFrom > validTo) throw policyInput('validTo', '截止日期不能早于生效日期');
    const rule = this.checkedRule(input.rule);
    return {
      name: text(input.name, 'name', '政策名称', 60),
      category: input.category,
      summary: text(input.summary, 'summary', '政策要点', 500),
      issuingBody: text(input.issuingBody, 'issuingBody', '发文单位', 60),
      validFrom,
      validTo,
      divisionCode,
      active: input.active ?? true,
      rule,
      sensitive: isSensitive(rule),
    };
  }
}
