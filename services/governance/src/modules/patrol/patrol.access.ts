import type { FilterQuery } from '@mikro-orm/core';
import { AccessDeniedError, Action, can, narrowScope, scopeOf, type Principal, type Target } from '@xiangzhi/auth';
import { refusal } from '../territory/index.js';
import type { PatrolPlan } from './patrol-plan.entity.js';

/** Where a plan (and so its points and check-ins) lies: its village, and its grid unless it is the village's. */
export interface PatrolPlace {
  villageCode: string;
  gridId: string | null;
}

export const placeTarget = (p: PatrolPlace): Target => ({ divisionCode: p.villageCode, gridId: p.gridId });

/**
 * How far the caller reaches for `action`, as a division prefix and, for grid leaders and cadres, their grids
 * (a village-wide plan is every cadre's of the village). Refuses when the caller may not do it at all.
 */
export interface PatrolReach {
  prefix: string;
  /** Null: every grid of the prefix. */
  gridIds: string[] | null;
}

export function patrolReach(p: Principal, action: Action, regionCode?: string | null): PatrolReach {
  const scope = scopeOf(p, action);
  if (!scope) throw refusal(p, action);
  const prefix = narrowScope(p, regionCode);
  return { prefix, gridIds: scope === 'GRID' || scope === 'OWN' ? p.gridIds : null };
}

/** The plans within reach, as a MikroORM filter. */
export function planFilter(r: PatrolReach): FilterQuery<PatrolPlan> {
  const where: FilterQuery<PatrolPlan> = { villageCode: { $like: `${r.prefix}%` } };
  return r.gridIds ? { ...where, $or: [{ gridId: null }, { gridId: { $in: r.gridIds } }] } : where;
}

/** The same reach as SQL over a `patrol_plan` row aliased `alias`, with its parameters. */
export function planSql(r: PatrolReach, alias: string): { sql: string; params: unknown[] } {
  if (!r.gridIds) return { sql: `${alias}.village_code like ?`, params: [`${r.prefix}%`] };
  return {
    sql: `${alias}.village_code like ? and (${alias}.grid_id is null or ${alias}.grid_id = any(?::uuid[]))`,
    params: [`${r.prefix}%`, `{${r.gridIds.join(',')}}`],
  };
}

/** A plan is changed only by who manages plans there; a grid leader only the plans of the own grids. */
export function assertManagesPlan(p: Principal, place: PatrolPlace): void {
  if (!can(p, Action.PATROL_PLAN_MANAGE)) throw refusal(p, Action.PATROL_PLAN_MANAGE, undefined, true);
  const gridOnly = scopeOf(p, Action.PATROL_PLAN_MANAGE) === 'GRID';
  if ((gridOnly && !place.gridId) || !can(p, Action.PATROL_PLAN_MANAGE, placeTarget(place)))
    throw new AccessDeniedError(Action.PATROL_PLAN_MANAGE, '只能制定本人管辖网格内的巡查计划');
}

/** True when the caller may see the plan's point codes (QR tokens): who manages the plan. */
export const managesPlan = (p: Principal, place: PatrolPlace): boolean => {
  try {
    assertManagesPlan(p, place);
    return true;
  } catch {
    return false;
  }
};
