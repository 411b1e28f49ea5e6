import { todayInChina } from '@xiangzhi/subgraph-kit';
import { AgendaItemStatus, HANDLED_CASE_STATUSES, type AgendaItem } from './agenda-item.entity.js';

/** 每月固定说事日后 3 日内: the committee decides by the forum day plus this many calendar days. */
export const DECISION_DAYS = 3;
/** 办而不结: a case handled (办结 or rated) for longer than this without being closed out (销号). */
export const CLOSE_GRACE_DAYS = 15;

/** The calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first day of the month before `day`'s month, and the first day of `day`'s month. */
export function previousMonth(day: string): { from: string; to: string; month: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  return { from, to: `${day.slice(0, 7)}-01`, month: from.slice(0, 7) };
}

/**
 * The stage an item has reached, from its record: rated at the annual review → 评事; its case
 * handled (resolved, rated or closed out) → 办事; the committee's decision recorded → 问事; else 说事.
 * A case reopened after a dissatisfied rating falls back from 办事.
 */
export function stageOf(item: AgendaItem): AgendaItemStatus {
  if (item.ratedSatisfied + item.ratedBasically + item.ratedDissatisfied > 0) return AgendaItemStatus.EVALUATED;
  if (item.caseStatus && HANDLED_CASE_STATUSES.includes(item.caseStatus)) return AgendaItemStatus.HANDLED;
  if (item.decidedOn) return AgendaItemStatus.INQUIRED;
  return AgendaItemStatus.RAISED;
}

/** Late: decided after the deadline, or still undecided once the deadline has passed. */
export function decisionLate(item: Pick<AgendaItem, 'decidedOn' | 'decisionDueOn'>, today = todayInChina()): boolean {
  return item.decidedOn ? item.decidedOn > item.decisionDueOn : today > item.decisionDueOn;
}
