import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Action, narrowScope, scopeOf, type Principal } from '@xiangzhi/auth';
import { charCount, forbidden, hasControlChars } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseTimelineEntry } from './case-timeline.entity.js';
import { caseInput } from './case.errors.js';
import type { CaseFacts } from './case-rules.js';

/** A raw SQL condition on the case row (`{c}` stands for its alias), usable inside a filter. */
export const sqlWhere = (sql: string, params: unknown[] = []): FilterQuery<Case> =>
  ({ [raw((alias: string) => sql.replaceAll('{c}', alias), params)]: [] }) as FilterQuery<Case>;

/**
 * The cases the caller may read, as a filter: the division prefix on the case's village (a village sees its
 * cases while the township handles them); for a grid leader or cadre (OWN) only those they are responsible
 * for, raised, or that lie in their grids. The 三员 and dashboards are refused.
 */
export function readScope(p: Principal, divisionCode?: string | null): FilterQuery<Case> {
  const scope = scopeOf(p, Action.CASE_READ);
  if (!scope) throw forbidden('您没有查看民情台账的权限');
  const prefix = narrowScope(p, divisionCode);
  const base: FilterQuery<Case> = { villageCode: { $like: `${prefix}%` } };
  if (scope === 'JURISDICTION' || scope === 'GLOBAL') return base;
  const own: FilterQuery<Case>[] = [{ raisedByAccountId: p.accountId }];
  if (p.cadreId) own.push({ responsible: p.cadreId });
  if (p.gridIds.length) own.push({ grid: { $in: p.gridIds } });
  return { $and: [base, { $or: own }] };
}

/** The rules' view of a case row. */
export const factsOf = (c: Case): CaseFacts => ({
  status: c.status,
  level: c.level,
  originLevel: c.originLevel,
  villageCode: c.villageCode,
  divisionCode: c.divisionCode,
  gridId: c.grid?.id ?? null,
  responsibleId: c.responsible?.id ?? null,
  raisedByAccountId: c.raisedByAccountId,
  objectionUntil: c.objectionUntil,
  hasPendingExtension: c.extensionRequestDays != null,
});

/** Trimmed text within `max` characters, without control characters; empty gives null (or an error when required). */
export function caseText(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required: boolean,
  multiline = true,
): string | null {
  const t = value?.trim() ?? '';
  if (!t) {
    if (required) throw caseInput(field, `请填写${label}`);
    return null;
  }
  if (charCount(t) > max) throw caseInput(field, `${label}不能超过 ${max} 个字`);
  if (hasControlChars(t, multiline)) throw caseInput(field, `${label}含有不可见的控制字符`);
  return t;
}

/** The name shown for the caller in a case (the account's display name, else the user name). */
export async function actorName(em: EntityManager, p: Principal): Promise<string> {
  const rows = await em
    .getConnection()
    .execute<{ display_name: string }[]>('select display_name from account where id = ?', [p.accountId]);
  return rows[0]?.display_name || p.username;
}

export interface Step {
  action: string;
  from: Pick<Case, 'status' | 'level'> | null;
  actorName: string | null;
  actorAccountId: string | null;
  reason?: string | null;
  at: Date;
}

/** One timeline entry: the step from the case as it was to the case as it is now. */
export function logStep(em: EntityManager, c: Case, step: Step): CaseTimelineEntry {
  return em.create(CaseTimelineEntry, {
    case: c,
    action: step.action,
    fromStatus: step.from?.status ?? null,
    toStatus: c.status,
    fromLevel: step.from?.level ?? null,
    toLevel: c.level,
    actorName: step.actorName,
    actorAccountId: step.actorAccountId,
    at: step.at,
    reason: step.reason ?? null,
  });
}

/** Red before yellow before the rest, then the oldest raised: what needs attention first. */
// (functions: a raw fragment is used up by the query that names it)
export const reddestFirst = () =>
  [
    { [raw((a: string) => `case ${a}.alert when 'RED' then 0 when 'YELLOW' then 1 else 2 end`)]: 'asc' },
    { raisedAt: 'asc' },
    { id: 'asc' },
  ] as const;

/** Open cases before closed ones. */
export const closedLast = () =>
  [{ [raw((a: string) => `case when ${a}.status = 'CLOSED' then 1 else 0 end`)]: 'asc' }] as const;
