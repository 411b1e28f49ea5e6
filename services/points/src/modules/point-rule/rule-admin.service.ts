import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, divisionLevel, scopePrefix, type Principal } from '@xiangzhi/auth';
import { forbidden } from '@xiangzhi/subgraph-kit';
import { PointRule } from './point-rule.entity.js';
import { PointRuleChange } from './rule-change.entity.js';
import { PointRuleInForce } from './rule-in-force.js';
import { PointRuleErrorCode, pointRuleError, ruleInputError } from './point-rule.errors.js';
import { RULED_EVENT_TYPES, prefixes } from './point-rule.service.js';
import { requireLine } from './text.js';

export const RULE_POINTS_LIMIT = 100;
export const RULE_CAP_LIMIT = 1000;
export const RULE_REASON_MAX = 200;
export const HISTORY_MAX = 100;

export interface RuleOverride {
  regionCode?: string | null;
  eventType: string;
  points: number;
  monthlyCap?: number | null;
  reason: string;
}

const terms = (r: PointRule) => ({ points: r.points, monthlyCap: r.monthlyCap, reason: r.reason });

/** The checks of an override, without the database: event type, points, cap, reason. */
export function validateOverride(input: RuleOverride): Required<Omit<RuleOverride, 'regionCode'>> {
  if (!RULED_EVENT_TYPES.includes(input.eventType)) throw ruleInputError('eventType', '没有这类可记分的事件');
  const { points } = input;
  if (!Number.isInteger(points) || Math.abs(points) > RULE_POINTS_LIMIT)
    throw ruleInputError('points', `分值应为 -${RULE_POINTS_LIMIT} 到 ${RULE_POINTS_LIMIT} 之间的整数`);
  const cap = input.monthlyCap ?? null;
  if (cap != null && (!Number.isInteger(cap) || cap < 1 || cap > RULE_CAP_LIMIT))
    throw ruleInputError('monthlyCap', `每月上限应为 1 到 ${RULE_CAP_LIMIT} 之间的整数，或不设上限`);
  if (cap != null && points <= 0)
    throw ruleInputError('monthlyCap', '每月上限只用于加分规则：扣分和不记分的规则不设上限');
  if (cap != null && cap < points) throw ruleInputError('monthlyCap', '每月上限不能小于一次的分值');
  const reason = requireLine(input.reason, RULE_REASON_MAX, (d) => ruleInputError('reason', `记分事由无效：${d}`));
  return { eventType: input.eventType, points, monthlyCap: cap, reason };
}

/**
 * The rules admin (township office): the rule book of a region with where each rule comes from, an override
 * for a region of the caller's jurisdiction, a reset to the inherited rule, and the history of changes. The
 * history is written by the database (a trigger) with the account this service names for the transaction.
 */
export class PointRuleAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private region(regionCode: string | null | undefined, action: Action): string {
    authorize(this.principal, action);
    if (regionCode != null && regionCode !== '' && !divisionLevel(regionCode))
      throw pointRuleError(PointRuleErrorCode.REGION_CODE_INVALID);
    if (!divisionLevel(this.principal.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
    if (action === Action.POINTS_READ) return scopePrefix(this.principal, regionCode || null);
    const region = regionCode || this.principal.divisionCode;
    if (!can(this.principal, action, { divisionCode: region }))
      throw pointRuleError(PointRuleErrorCode.REGION_OUT_OF_SCOPE);
    return region;
  }

  /** Every ruled event type in `region`: its rule in force, its source level, the rule a reset would restore. */
  async book(regionCode?: string | null): Promise<PointRuleInForce[]> {
    const region = this.region(regionCode, Action.POINTS_READ);
    return this.bookOf(region, RULED_EVENT_TYPES);
  }

  /** One statement for all the keys and levels. */
  private async bookOf(region: string, eventTypes: readonly string[]): Promise<PointRuleInForce[]> {
    const rows = await this.em.find(
      PointRule,
      { divisionCode: { $in: prefixes(region) }, eventType: { $in: [...eventTypes] } },
      { orderBy: { divisionCode: 'desc' } },
    );
    const out: PointRuleInForce[] = [];
    for (const eventType of eventTypes) {
      const levels = rows.filter((r) => r.eventType === eventType);
      const [rule] = levels;
      if (!rule) continue;
      const inherited = levels.find((r) => r.divisionCode !== region) ?? null;
      out.push(
        Object.assign(new PointRuleInForce(), {
          eventType,
          regionCode: region,
          ...terms(rule),
          sourceDivisionCode: rule.divisionCode,
          overridden: rule.divisionCode === region,
          inherited: inherited && terms(inherited),
        }),
      );
    }
    return out;
  }

  /** Names the caller as the author of the rule changes of this transaction (read by the history trigger). */
  private async sign(tx: EntityManager): Promise<void> {
    await tx.execute(`select set_config('xiangzhi.actor_id', ?, true), set_config('xiangzhi.actor_name', ?, true)`, [
      this.principal.accountId,
      this.principal.username.slice(0, 50),
    ]);
  }

  /** Sets (or changes) the region's own rule for one event type; the change is kept in the history. */
  async override(input: RuleOverride): Promise<PointRuleInForce> {
    const region = this.region(input.regionCode, Action.POINT_RULE_MANAGE);
    const values = validateOverride(input);
    await this.em.transactional(async (tx) => {
      await this.sign(tx);
      await tx.execute(
        `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason)
         values (gen_random_uuid(), ?, ?, ?, ?, ?)
         on conflict (division_code, event_type) do update set points = excluded.points,
           monthly_cap = excluded.monthly_cap, reason = excluded.reason, updated_at = now(),
           version = point_rule.version + 1`,
        [region, values.eventType, values.points, values.monthlyCap, values.reason],
      );
    });
    const [rule] = await this.bookOf(region, [values.eventType]);
    return rule!;
  }

  /** Drops the region's own rule: the level above (or the default) applies again. */
  async reset(regionCode: string | null | undefined, eventType: string): Promise<PointRuleInForce | null> {
    const region = this.region(regionCode, Action.POINT_RULE_MANAGE);
    if (!RULED_EVENT_TYPES.includes(eventType)) throw ruleInputError('eventType', '没有这类可记分的事件');
    const removed = await this.em.transactional(async (tx) => {
      await this.sign(tx);
      return tx.nativeDelete(PointRule, { divisionCode: region, eventType });
    });
    if (!removed) throw pointRuleError(PointRuleErrorCode.NOT_OVERRIDDEN);
    const [rule] = await this.bookOf(region, [eventType]);
    return rule ?? null;
  }

  /** The changes that shaped a region's rules (its own, the levels above, the divisions below), newest first. */
  async history(regionCode?: string | null, eventType?: string | null, first = 50): Promise<PointRuleChange[]> {
    const region = this.region(regionCode, Action.POINTS_READ);
    if (!Number.isInteger(first) || first < 1 || first > HISTORY_MAX)
      throw ruleInputError('first', `条数须在 1 到 ${HISTORY_MAX} 之间`);
    if (eventType && !RULED_EVENT_TYPES.includes(eventType)) throw ruleInputError('eventType', '没有这类可记分的事件');
    return this.em.find(
      PointRuleChange,
      {
        $or: [{ divisionCode: { $in: prefixes(region) } }, { divisionCode: { $like: `${region}%` } }],
        ...(eventType ? { eventType } : {}),
      },
      { orderBy: { changedAt: 'desc', id: 'desc' }, limit: first },
    );
  }
}
