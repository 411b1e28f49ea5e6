import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Action, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isUuid } from '@xiangzhi/subgraph-kit';
import { householdInput } from './household.errors.js';
import { Grid, GridLevel, takeGridPlaces } from '../grid/index.js';
import { Household } from './household.entity.js';
import { HouseholdGridMove } from './household-grid-move.entity.js';
import { assertManages, requireWrite } from '../territory/index.js';
import type { MoveHouseholdInput } from './dto/household-move.input.js';

/** The household scope of the register (HouseholdService.scopeFilter), handed in so scoping is written once. */
export type HouseholdScope = (regionCode?: string | null) => Promise<FilterQuery<Household>>;

/** Moving a household between area grids: capacity checked, history kept (who, when, why). */
export class HouseholdMoveService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly scope: HouseholdScope,
  ) {}

  async move(input: MoveHouseholdInput): Promise<Household> {
    requireWrite(this.principal, Action.HOUSEHOLD_MOVE, '您的角色不能调整农户网格');
    const reason = input.reason.trim();
    if (!reason) throw householdInput('reason', '请填写调整原因');
    if (reason.length > 200) throw householdInput('reason', '调整原因不能超过 200 个字');
    if (!isUuid(input.householdId)) throw entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');
    const scope = await this.scope();
    return this.em.transactional(async (tx) => {
      const household = await tx.findOne(Household, { $and: [{ id: input.householdId }, scope] });
      if (!household) throw entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');
      assertManages(this.principal, household.villageCode, Action.HOUSEHOLD_MOVE, '调整农户网格');
      await tx.lock(household, LockMode.OPTIMISTIC, input.version);
      const to = isUuid(input.toGridId) ? await tx.findOne(Grid, { id: input.toGridId }) : null;
      if (!to || to.level !== GridLevel.AREA || to.divisionCode !== household.villageCode)
        throw householdInput('toGridId', '只能调入本村的三级网格（片区网格）');
      const fromGridId = household.grid?.id ?? null;
      if (fromGridId === to.id) throw householdInput('toGridId', '农户已在该网格');
      await takeGridPlaces(tx, to, 'toGridId');
      household.grid = to;
      tx.create(HouseholdGridMove, {
        household,
        fromGridId,
        toGridId: to.id,
        movedBy: this.principal.username,
        reason,
        movedAt: new Date(),
      });
      await tx.flush();
      return household;
    });
  }

  /** Grid history of many households, newest first, one statement. */
  async historyOf(householdIds: readonly string[]): Promise<Map<string, HouseholdGridMove[]>> {
    const rows = await this.em.find(
      HouseholdGridMove,
      { household: { $in: [...householdIds] } },
      { orderBy: [{ movedAt: 'desc' }, { id: 'desc' }] },
    );
    const out = new Map<string, HouseholdGridMove[]>();
    for (const m of rows) out.set(m.household.id, [...(out.get(m.household.id) ?? []), m]);
    return out;
  }
}
