import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, type Principal } from '@xiangzhi/auth';
import { AppError, isUuid } from '@xiangzhi/subgraph-kit';
import { requireAction } from '../territory/index.js';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdService } from './household.service.js';
import { HouseholdErrorCode, householdError, notVisible, staleVersion, householdInput } from './household.errors.js';
import type { FieldProblem } from './resident-input.js';
import { lookupRateLimited, lookupsLeft, spendLookups } from './household-lookup.js';

/**
 * Refuses callers who may not write the register at all: read-only roles (county departments, dashboards) and the 三员.
 */
export function requireWriter(p: Principal): void {
  requireAction(p, Action.REGISTER_WRITE, '您的角色只能查看，不能修改人员信息台账');
}

/** The first problem of a validation, as the error a client sees (code, Chinese message, field). */
export function firstProblem(problems: FieldProblem[]): AppError {
  const p = problems[0];
  return householdInput(p.field, p.message);
}

export function checkVersion(entity: { version: number }, given: number): void {
  if (entity.version !== given) throw staleVersion();
}

/** Checks a free-text field: trimmed, at most `max` characters; null clears it. */
export function text(value: string | null | undefined, field: string, label: string, max: number): string | null {
  const v = value?.trim() || null;
  if (v && v.length > max) throw householdInput(field, `${label}不能超过 ${max} 个字`);
  return v;
}

/** The household the caller may change (a writer, and the household in their scope), or refuses as not visible. */
export async function writableHousehold(
  em: EntityManager,
  principal: Principal,
  id: string,
  field = 'householdId',
): Promise<Household> {
  requireWriter(principal);
  if (!isUuid(id)) throw notVisible('农户', field);
  const scope = await new HouseholdService(em, principal).scopeFilter(null, Action.REGISTER_WRITE);
  const found = await em.findOne(Household, { $and: [{ id }, scope] });
  if (!found) throw notVisible('农户', field);
  return found;
}

/** The resident the caller may change (through its household's scope), or refuses as not visible. */
export async function writableResident(
  em: EntityManager,
  principal: Principal,
  id: string,
  lazy: ('idCardCipher' | 'phoneCipher' | 'healthCipher')[] = [],
): Promise<Resident> {
  requireWriter(principal);
  return visibleResident(em, principal, id, lazy);
}

export async function visibleResident(
  em: EntityManager,
  principal: Principal,
  id: string,
  lazy: ('idCardCipher' | 'phoneCipher' | 'healthCipher')[] = [],
): Promise<Resident> {
  if (!isUuid(id)) throw notVisible('家庭成员');
  const scope = await new HouseholdService(em, principal).scopeFilter();
  const found = await em.findOne(Resident, { id, household: scope }, { populate: ['household', ...lazy] });
  if (!found) throw notVisible('家庭成员');
  return found as Resident;
}

/**
 * One person, one record: refuses an ID number another resident already holds. That answer says the
 * number is real, so it is an exact lookup (issue 6): audited with the masked number, counted in the
 * account's window, and once the lookups are used up every new ID number is refused alike, free or not.
 */
export async function assertIdCardFree(
  em: EntityManager,
  p: Principal,
  idCard: { index: string; masked: string },
  field: string,
  exceptResidentId?: string,
): Promise<void> {
  const except = exceptResidentId ? { id: { $ne: exceptResidentId } } : {};
  const other = await em.findOne(
    Resident,
    { idCardIndex: idCard.index, ...except },
    { fields: ['id', 'household.villageCode'] },
  );
  if (!other) {
    if ((await lookupsLeft(em, p)) <= 0) throw lookupRateLimited();
    return;
  }
  const left = await spendLookups(em, p, [
    {
      subjectType: 'Resident',
      subjectId: other.id,
      divisionCode: other.household.villageCode,
      reason: '登记时核对身份证号',
      detail: `登记的身份证号 ${idCard.masked} 已登记在册（重号）`,
    },
  ]);
  if (left <= 0) throw lookupRateLimited();
  throw householdError(HouseholdErrorCode.DUPLICATE_ID_CARD, field);
}

/**
 * Keeps the household's derived columns right after its members change: member count, the
 * head's name and its pinyin initials. Plain SQL in the caller's transaction, so adding a member
 * does not bump the household's version and clash with someone editing its address.
 */
export async function refreshDerived(em: EntityManager, householdId: string): Promise<void> {
  await em.execute(
    `update household h set
       member_count = (select count(*) from resident r where r.household_id = h.id),
       head_name = coalesce((select r.name from resident r where r.household_id = h.id and r.is_head limit 1), h.head_name),
       head_name_initials = coalesce((select r.name_initials from resident r where r.household_id = h.id and r.is_head limit 1), h.head_name_initials)
     where h.id = ?`,
    [householdId],
  );
}
