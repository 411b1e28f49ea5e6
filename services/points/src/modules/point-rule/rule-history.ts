import type { EntityManager } from '@mikro-orm/postgresql';
import { PointRuleChange } from './rule-change.entity.js';
import { prefixes, type RuleTerms } from './point-rule.service.js';

/**
 * The rule book as it stood at any instant, from the change history: per division level the last change at or
 * before the instant says whether that level had its own rule then; the most specific level with one wins (as
 * PointRuleBook does for the rules in force now). Read once for many divisions and keys.
 */
export class RuleHistoryBook {
  private readonly changes = new Map<string, PointRuleChange[]>();

  constructor(private readonly em: EntityManager) {}

  /** Every change of these keys for these divisions and the levels above them, in one statement. */
  async load(divisionCodes: readonly string[], eventTypes: readonly string[]): Promise<void> {
    const rows = await this.em.find(
      PointRuleChange,
      {
        divisionCode: { $in: [...new Set(divisionCodes.flatMap(prefixes))] },
        eventType: { $in: [...new Set(eventTypes)] },
      },
      { orderBy: { changedAt: 'asc', id: 'asc' } },
    );
    for (const r of rows) {
      const key = `${r.divisionCode}|${r.eventType}`;
      this.changes.set(key, [...(this.changes.get(key) ?? []), r]);
    }
  }

  /** The rule for `eventType` in force in `divisionCode` at `at`, or null when there was none. */
  ruleAt(divisionCode: string, eventType: string, at: Date): RuleTerms | null {
    for (const level of prefixes(divisionCode).reverse()) {
      const last = (this.changes.get(`${level}|${eventType}`) ?? []).filter((c) => +c.changedAt <= +at).pop();
      if (last?.after) return { divisionCode: level, eventType, ...last.after };
    }
    return null;
  }
}
