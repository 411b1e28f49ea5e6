import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, divisionLevel, scopePrefix, type Principal } from '@xiangzhi/auth';
import { GovernanceEventType } from '@xiangzhi/events';
import { forbidden } from '@xiangzhi/subgraph-kit';
import { PointRuleErrorCode, pointRuleError } from './point-rule.errors.js';
import { PointRule } from './point-rule.entity.js';

/** What a rule says, without the row's bookkeeping. */
export type RuleTerms = Pick<PointRule, 'divisionCode' | 'eventType' | 'points' | 'monthlyCap' | 'reason'>;

/**
 * Looks rules up for the events of one consumer transaction: one statement per (division, event
 * type) and then from memory, so a batch of a thousand visits of one village costs one lookup.
 */
export class PointRuleBook {
  private readonly cache = new Map<string, Promise<RuleTerms | null>>();

  constructor(private readonly em: EntityManager) {}

  /** Reads the rules of many (division, event type) pairs in one statement. */
  async load(pairs: { divisionCode: string; eventType: string }[]): Promise<void> {
    const wanted = pairs.filter((p) => !this.cache.has(`${p.divisionCode}|${p.eventType}`));
    if (!wanted.length) return;
    const rows = await this.em.find(PointRule, {
      eventType: { $in: [...new Set(wanted.map((p) => p.eventType))] },
      divisionCode: { $in: [...new Set(wanted.flatMap((p) => prefixes(p.divisionCode)))] },
    });
    for (const p of wanted) {
      const own = new Set(prefixes(p.divisionCode));
      const best =
        rows
          .filter((r) => r.eventType === p.eventType && own.has(r.divisionCode))
          .sort((a, b) => b.divisionCode.length - a.divisionCode.length)[0] ?? null;
      this.cache.set(`${p.divisionCode}|${p.eventType}`, Promise.resolve(best));
    }
  }

  /** The rule of the longest division code that prefixes `divisionCode` (or the default); null when there is none. */
  ruleFor(divisionCode: string, eventType: string): Promise<RuleTerms | null> {
    const key = `${divisionCode}|${eventType}`;
    let rule = this.cache.get(key);
    if (!rule) {
      rule = this.em.findOne(
        PointRule,
        { eventType, divisionCode: { $in: prefixes(divisionCode) } },
        { orderBy: { divisionCode: 'desc' } },
      );
      this.cache.set(key, rule);
    }
    return rule;
  }
}

/** '', the county, the township, the village: every division a rule may be set for that covers `code`. */
export function prefixes(code: string): string[] {
  return ['', ...[6, 9, 12].filter((n) => code.length >= n).map((n) => code.slice(0, n))];
}

/**
 * What a rule is kept under: an event type, or one outcome of it where outcomes earn differently (a case
 * resolved on time, closed with a satisfied rating, turning yellow or red; a supervision report on time or late).
 */
export const PointRuleKey = {
  CASE_RESOLVED_ON_TIME: 'CaseResolvedOnTime',
  CASE_CLOSED_SATISFIED: 'CaseClosedSatisfied',
  CASE_YELLOW: 'CaseAlertedYellow',
  CASE_RED: 'CaseAlertedRed',
  SUPERVISION_ON_TIME: 'SupervisionReportedOnTime',
  SUPERVISION_LATE: 'SupervisionReportedLate',
  /** A cadre attended a held villagers' forum (说事会). */
  FORUM_ATTENDED: 'ForumAttended',
  /** A cadre attended a held meeting of any other kind. */
  MEETING_ATTENDED: 'MeetingAttended',
} as const;

/** The keys points are awarded under (governance's events and their outcomes), in the order a rules page lists them. */
export const RULED_EVENT_TYPES: readonly string[] = [
  GovernanceEventType.VISIT_RECORDED,
  GovernanceEventType.PAIRING_STARTED,
  GovernanceEventType.PAIRING_ENDED,
  PointRuleKey.CASE_RESOLVED_ON_TIME,
  PointRuleKey.CASE_CLOSED_SATISFIED,
  PointRuleKey.CASE_YELLOW,
  PointRuleKey.CASE_RED,
  GovernanceEventType.SERVICE_ORDER_COMPLETED,
  GovernanceEventType.PATROL_CHECKED_IN,
  PointRuleKey.SUPERVISION_ON_TIME,
  PointRuleKey.SUPERVISION_LATE,
  PointRuleKey.FORUM_ATTENDED,
  PointRuleKey.MEETING_ATTENDED,
];

/** Reading the rule table as a caller: the rules in force in a region of their jurisdiction. */
export class PointRuleService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** One rule per event type: the region's own, or the nearest level above it that sets one, or the default. */
  async inForce(regionCode?: string | null): Promise<PointRule[]> {
    authorize(this.principal, Action.POINTS_READ);
    if (regionCode != null && regionCode !== '' && !divisionLevel(regionCode))
      throw pointRuleError(PointRuleErrorCode.REGION_CODE_INVALID);
    if (!divisionLevel(this.principal.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
    const region = scopePrefix(this.principal, regionCode || null);
    const book = new PointRuleBook(this.em);
    await book.load(RULED_EVENT_TYPES.map((eventType) => ({ divisionCode: region, eventType })));
    const rules = await Promise.all(RULED_EVENT_TYPES.map((t) => book.ruleFor(region, t)));
    return rules.filter((r): r is PointRule => r instanceof PointRule);
  }
}
