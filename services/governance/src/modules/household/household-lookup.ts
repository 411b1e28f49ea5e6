import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Action, can, scopeOf, type Principal } from '@xiangzhi/auth';
import {} from '@xiangzhi/subgraph-kit';
import { Household } from './household.entity.js';
import { pairedWith } from './household.filters.js';
import { AuditAction, AuditRecord } from '../audit/index.js';
import { AuditService, type AuditEntry } from '../audit/index.js';
import { refusal } from '../territory/index.js';
import { HouseholdErrorCode, householdError, householdInput } from './household.errors.js';
import { maskIdCard } from '../../pii/id-card.js';
import { maskPhone } from '../../pii/phone.js';

/** At most this many exact lookups per account in the window: enough for a day's work, not for guessing. */
export const LOOKUP_LIMIT = 20;
export const LOOKUP_WINDOW_MINUTES = 10;
const REASON_MIN = 2;
const REASON_MAX = 200;

/** An exact lookup asked for: the blind indexes to match and what the audit record names. */
export interface LookupRequest {
  idCard?: { index: string; normalised: string };
  phone?: { index: string; normalised: string };
  reason: string;
}

/**
 * The checks before an exact lookup by ID number or phone, which is an unmask: the caller holds
 * PII_UNMASK (ID number) / PHONE_UNMASK (phone), and gives a reason of 2–200 characters.
 */
export function checkLookup(
  p: Principal,
  asks: { idCard: boolean; phone: boolean },
  reason: string | null | undefined,
): string {
  if (asks.idCard && !can(p, Action.PII_UNMASK)) {
    throw refusal(p, Action.PII_UNMASK, '按身份证号查找等同查看明文：只有村党组织书记和乡镇、县管理员可以查找');
  }
  if (asks.phone && !can(p, Action.PHONE_UNMASK)) {
    throw refusal(p, Action.PHONE_UNMASK, '按电话查找等同查看明文：您的角色不能按电话查找');
  }
  const why = (reason ?? '').trim();
  if (why.length < REASON_MIN || why.length > REASON_MAX) {
    throw householdInput(
      'lookupReason',
      `按身份证号或电话查找须填写查找事由 lookupReason（${REASON_MIN} 至 ${REASON_MAX} 个字）`,
    );
  }
  return why;
}

/** The refusal once an account has used up its lookups (exact lookups, and duplicate ID numbers met registering). */
export const lookupRateLimited = (): Error =>
  householdError(
    HouseholdErrorCode.RATE_LIMITED,
    undefined,
    `按身份证号或电话查找过于频繁：每个账号 ${LOOKUP_WINDOW_MINUTES} 分钟内最多 ${LOOKUP_LIMIT} 次（登记时遇到已登记的身份证号也计入），请稍后再试`,
  );

/**
 * How many lookups the account has left in the window. With `lock` (inside a transaction), one
 * lookup at a time per account, in every process: the count cannot be raced until it commits.
 */
export async function lookupsLeft(tx: EntityManager, p: Principal, lock = false): Promise<number> {
  if (lock) await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`household-lookup:${p.accountId}`]);
  const since = new Date(Date.now() - LOOKUP_WINDOW_MINUTES * 60_000);
  const used = await tx.count(AuditRecord, { actorId: p.accountId, action: AuditAction.LOOKUP, at: { $gt: since } });
  return LOOKUP_LIMIT - used;
}

/**
 * Spends lookups on answers that confirm an ID number is registered (a duplicate met while
 * registering): one LOOKUP audit record each, as many as are left, in a transaction of its own
 * that stays when the caller's rolls back. Returns how many were left before.
 */
export async function spendLookups(
  em: EntityManager,
  p: Principal,
  entries: Omit<AuditEntry, 'action'>[],
): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const left = await lookupsLeft(tx, p, true);
    const audit = new AuditService(tx, p);
    for (const e of entries.slice(0, Math.max(0, left))) audit.record({ ...e, action: AuditAction.LOOKUP });
    await tx.flush();
    return left;
  });
}

/** Exact lookups: limited to what the caller may unmask, rate-limited per account, each one audited. */
export class HouseholdLookup {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Households that hold the ID number / phone (only those the caller may unmask), one audit record written first. */
  async run(
    req: LookupRequest,
    scope: FilterQuery<Household>[],
    divisionCode: string,
    page: { limit: number; offset: number },
  ): Promise<[Household[], number]> {
    return this.em.transactional(async (tx) => {
      if ((await lookupsLeft(tx, this.principal, true)) <= 0) throw lookupRateLimited();
      const where: FilterQuery<Household>[] = [...scope];
      if (req.idCard) where.push(this.matches('id_card_index', req.idCard.index), this.unmaskable(Action.PII_UNMASK));
      if (req.phone) where.push(this.matches('phone_index', req.phone.index), this.unmaskable(Action.PHONE_UNMASK));
      const order = [{ villageCode: 'asc' }, { id: 'asc' }] as const;
      const [rows, total] = await tx.findAndCount(Household, { $and: where }, { orderBy: [...order], ...page });
      const asked = [
        ...(req.idCard ? [`身份证号 ${maskIdCard(req.idCard.normalised)}`] : []),
        ...(req.phone ? [`联系电话 ${maskPhone(req.phone.normalised)}`] : []),
      ];
      new AuditService(tx, this.principal).record({
        action: AuditAction.LOOKUP,
        subjectType: 'Household',
        subjectId: total === 1 ? rows[0]!.id : null,
        divisionCode: total === 1 ? rows[0]!.villageCode : divisionCode,
        reason: req.reason,
        detail: `精确查找 ${asked.join('、')}：找到 ${total} 户`,
      });
      await tx.flush();
      return [rows, total];
    });
  }

  /** Some member of the household holds the value (matched by its blind index). */
  private matches(column: 'id_card_index' | 'phone_index', index: string): FilterQuery<Household> {
    const sql = (alias: string): string =>
      `exists (select 1 from resident r where r.household_id = ${alias}.id and r.${column} = ?)`;
    return { [raw(sql, [index])]: [] } as FilterQuery<Household>;
  }

  /** Where the caller may unmask: the jurisdiction, or only the households paired with the caller (OWN). */
  private unmaskable(action: Action): FilterQuery<Household> {
    const scope = scopeOf(this.principal, action);
    if (scope === 'JURISDICTION' || scope === 'GLOBAL') return {};
    if (scope === 'GRID') return { grid: { $in: this.principal.gridIds } };
    if (!this.principal.cadreId) return { id: null };
    return pairedWith(this.principal.cadreId);
  }
}
