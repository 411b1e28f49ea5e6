import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { inLine, type Principal } from '@xiangzhi/auth';
import {
  AppError,
  CommonErrorCode,
  decodePage,
  forbidden,
  entityNotFound,
  toConnection,
  type Connection,
  requireDate,
  todayInChina,
  isUuid,
} from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { Pairing } from '../cadre/index.js';
import { assertCanManage } from '../cadre/index.js';
import { activePairingCounts, effectiveCapacity, jurisdictionCapacities } from '../cadre/index.js';
import { Household } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { PairingRejection } from './pairing-rejection.entity.js';
import { pairingEnded, pairingStarted } from '../../events/governance-events.js';
import { PairingErrorCode, pairingError, pairingInput } from './pairing.errors.js';
import type { EndPairingInput, PairHouseholdInput, PairingsArgs, SwapPairingInput } from './dto/pairing.input.js';

interface Parties {
  cadre: Cadre;
  household: Household;
}

/** 联户: pairing, ending (history kept), and the rules both obey — scope, capacity, one jurisdiction. */
export class PairingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /**
   * Pairs a cadre with a household: refuses a full cadre (CADRE_FULL), a repeat, and a cadre of another jurisdiction.
   */
  pair(input: PairHouseholdInput, opts: { requireUnpaired?: boolean } = {}): Promise<Pairing> {
    const startedOn = input.startedOn?.trim()
      ? requireDate('startedOn', input.startedOn, '结对日期', pairingInput)
      : todayInChina();
    return this.em.transactional(async (tx) => {
      // the cadre row is locked so two arrangements at once cannot both take the last place
      const { cadre, household } = await this.parties(tx, input.cadreId, input.householdId, true);
      const active = await tx.find(Pairing, { household, endedOn: null }, { fields: ['cadre'] });
      if (active.some((p) => p.cadre.id === cadre.id))
        throw pairingError(PairingErrorCode.ALREADY_PAIRED, 'householdId');
      if (opts.requireUnpaired && active.length)
        throw pairingError(PairingErrorCode.HOUSEHOLD_ALREADY_PAIRED, 'householdId');
      const paired = (await activePairingCounts(tx, [cadre.id])).get(cadre.id) ?? 0;
      const capacity = effectiveCapacity(
        cadre,
        (await jurisdictionCapacities(tx, [cadre.divisionCode])).get(cadre.divisionCode)!,
      );
      if (paired >= capacity)
        throw pairingError(
          PairingErrorCode.CADRE_FULL,
          'cadreId',
          `${cadre.name}已联系 ${paired} 户，上限 ${capacity} 户`,
        );
      const pairing = tx.create(Pairing, { cadre, household, startedOn, createdBy: this.principal.username });
      pairingStarted(tx, pairing);
      await tx.flush();
      return pairing;
    });
  }

  /** Ends a pairing on a date with a reason; the row stays as history. */
  async end(input: EndPairingInput): Promise<Pairing> {
    const pairing = isUuid(input.id)
      ? await this.em.findOne(
          Pairing,
          { id: input.id, household: await this.scope() },
          { populate: ['household', 'cadre'] },
        )
      : null;
    if (!pairing) throw entityNotFound('PAIRING', 'id', '结对记录不存在或不在您的管辖范围内');
    assertCanManage(this.principal, pairing.household.villageCode);
    if (input.version != null && input.version !== pairing.version)
      throw new AppError(CommonErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
    if (pairing.endedOn) throw pairingError(PairingErrorCode.PAIRING_ENDED, 'id', `解除于 ${pairing.endedOn}`);
    const endedOn = requireDate('endedOn', input.endedOn, '解除日期', pairingInput);
    if (endedOn < pairing.startedOn) throw pairingInput('endedOn', `解除日期不能早于结对日期 ${pairing.startedOn}`);
    const reason = input.reason.trim();
    if (!reason) throw pairingInput('reason', '请填写解除原因');
    if (reason.length > 200) throw pairingInput('reason', '解除原因不能超过 200 个字');
    pairing.endedOn = endedOn;
    pairing.endedReason = reason;
    pairingEnded(this.em, pairing);
    await this.em.flush();
    return pairing;
  }

  /**
   * 换人: ends the household's pairing with one cadre today and pairs it with another, in one
   * transaction: if the new cadre is full or not allowed, the old pairing stays as it was.
   */
  swap(input: SwapPairingInput): Promise<Pairing> {
    if (input.toCadreId === input.fromCadreId) throw pairingInput('toCadreId', '请选择另一名党员干部');
    return this.em.transactional(async (tx) => {
      const scope = await new HouseholdService(tx, this.principal).scopeFilter();
      const current =
        isUuid(input.householdId) && isUuid(input.fromCadreId)
          ? await tx.findOne(Pairing, {
              household: { $and: [{ id: input.householdId }, scope] },
              cadre: input.fromCadreId,
              endedOn: null,
            })
          : null;
      if (!current) throw entityNotFound('PAIRING', 'fromCadreId', '这名党员干部目前没有联系这户');
      const service = new PairingService(tx, this.principal);
      await service.end({ id: current.id, endedOn: todayInChina(), reason: input.reason });
      try {
        return await service.pair({ cadreId: input.toCadreId, householdId: input.householdId });
      } catch (error) {
        // the new cadre's refusals name the swap's field
        if (error instanceof AppError && error.field === 'cadreId')
          throw new AppError(error.code, error.message, 'toCadreId');
        throw error;
      }
    });
  }

  /** Records that the village turned a suggestion down, so it is not proposed again. */
  async reject(cadreId: string, householdId: string, reason?: string | null): Promise<boolean> {
    const note = reason?.trim() || null;
    if (note && note.length > 200) throw pairingInput('reason', '原因不能超过 200 个字');
    return this.em.transactional(async (tx) => {
      const { cadre, household } = await this.parties(tx, cadreId, householdId, false);
      if (!(await tx.findOne(PairingRejection, { cadre, household }))) {
        tx.create(PairingRejection, { cadre, household, rejectedBy: this.principal.username, reason: note });
        await tx.flush();
      }
      return true;
    });
  }

  /** Pairings within the caller's scope: current ones, or with `includeEnded` the history too. */
  async list(q: PairingsArgs): Promise<Connection<Pairing>> {
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<Pairing>[] = [{ household: await this.scope(q.regionCode) }];
    if (q.householdId) where.push({ household: isUuid(q.householdId) ? q.householdId : null });
    if (q.cadreId) where.push({ cadre: isUuid(q.cadreId) ? q.cadreId : null });
    if (!q.includeEnded) where.push({ endedOn: null });
    const [rows, total] = await this.em.findAndCount(
      Pairing,
      { $and: where },
      {
        orderBy: [{ startedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }

  private scope(regionCode?: string | null): Promise<FilterQuery<Household>> {
    return new HouseholdService(this.em, this.principal).scopeFilter(regionCode);
  }

  /**
   * The cadre and household of a write, each visible to the caller (NOT_FOUND otherwise), the
   * household in the caller's jurisdiction and the caller a manager, and the two in one
   * jurisdiction: a village's cadre takes households of that village, a township's of that township.
   */
  private async parties(tx: EntityManager, cadreId: string, householdId: string, lock: boolean): Promise<Parties> {
    const household = isUuid(householdId)
      ? await tx.findOne(Household, {
          $and: [{ id: householdId }, await new HouseholdService(tx, this.principal).scopeFilter()],
        })
      : null;
    if (!household) throw entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');
    assertCanManage(this.principal, household.villageCode);
    const cadre = isUuid(cadreId)
      ? await tx.findOne(Cadre, { id: cadreId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {})
      : null;
    if (!cadre || !inLine(this.principal, cadre.divisionCode))
      throw entityNotFound('CADRE', 'cadreId', '党员干部不存在或不在您的管辖范围内');
    if (!household.villageCode.startsWith(cadre.divisionCode)) {
      throw forbidden(`${cadre.name}不属于该户所在的村或乡镇，不能跨辖区结对`);
    }
    return { cadre, household };
  }
}
