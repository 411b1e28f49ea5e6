import type { EntityManager } from '@mikro-orm/postgresql';
import { divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import { Cadre } from '../cadre/index.js';
import { Pairing } from '../cadre/index.js';
import { activePairingCounts, effectiveCapacity, jurisdictionCapacities } from '../cadre/index.js';
import { GridMember } from '../cadre/index.js';
import { Household } from '../household/index.js';
import { HouseholdTag } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { maySeePersonalData } from '../audit/index.js';
import { PairingRejection } from './pairing-rejection.entity.js';
import { isUnpaired } from './coverage.service.js';
import { planPairings, PRIORITY_NONE, rejectionKey, type PlanCadre } from './suggestion.plan.js';
import { PRIORITY_TAG_GROUPS } from '@xiangzhi/auth';
import type { HouseholdTagKind } from '../household/index.js';

/** 低保五保 0, 重病重残 1, 空巢 2, any other special group 3. */
const rankOf = (tag: HouseholdTagKind): number => {
  const group = PRIORITY_TAG_GROUPS.findIndex((tags) => (tags as readonly string[]).includes(tag));
  return group < 0 ? PRIORITY_TAG_GROUPS.length : group;
};
const PRIORITY_REASONS = ['（低保五保）', '（重病重残）', '（空巢老人）'];
import type { PairingSuggestion } from './pairing.types.js';
import { pairingInput } from './pairing.errors.js';

/**
 * Suggested 联户 for the unpaired households of a village (就近就便): the village's own cadres,
 * and the township cadres already working there, each kept within capacity. Nothing is saved.
 * Special groups go first only for callers who may see the tags: for the others (county
 * departments) `special` is null and the plan ignores the tags, so no order or reason reveals one.
 */
export class SuggestionService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async suggest(villageCode: string): Promise<PairingSuggestion[]> {
    const code = villageCode.trim();
    if (divisionLevel(code) !== 'VILLAGE') throw pairingInput('villageCode', '请选择一个村（12 位区划代码）');
    if (narrowScope(this.principal, code) !== code) throw pairingInput('villageCode', '请选择本人管辖范围内的村');
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter(code);
    const households = await this.em.find(
      Household,
      { $and: [scope, isUnpaired()] },
      { orderBy: [{ address: 'asc' }, { id: 'asc' }] },
    );
    if (!households.length) return [];
    const ids = households.map((h) => h.id);
    const sensitive = maySeePersonalData(this.principal);
    const tags = sensitive
      ? await this.em.find(HouseholdTag, { household: { $in: ids }, removedAt: null }, { fields: ['household', 'tag'] })
      : [];
    const special = new Set(tags.map((t) => t.household.id));
    const priority = new Map<string, number>();
    for (const t of tags) priority.set(t.household.id, Math.min(priority.get(t.household.id) ?? 99, rankOf(t.tag)));

    const cadres = await this.candidates(code);
    if (!cadres.length) return [];
    const cadreIds = cadres.map((c) => c.id);
    const [loads, ranges, members, rejections] = [
      await activePairingCounts(this.em, cadreIds),
      await jurisdictionCapacities(
        this.em,
        cadres.map((c) => c.divisionCode),
      ),
      await this.em.find(GridMember, { cadre: { $in: cadreIds }, endedOn: null }, { fields: ['cadre', 'grid'] }),
      await this.em.find(
        PairingRejection,
        { cadre: { $in: cadreIds }, household: { $in: ids } },
        { fields: ['cadre', 'household'] },
      ),
    ];
    const grids = new Map(cadres.map((c) => [c.id, new Set(c.gridId ? [c.gridId] : [])]));
    for (const m of members) grids.get(m.cadre.id)?.add(m.grid.id);
    const plan = planPairings(
      households.map((h) => ({
        id: h.id,
        gridId: h.grid?.id ?? null,
        priority: priority.get(h.id) ?? PRIORITY_NONE,
        address: h.address,
      })),
      cadres.map((c): PlanCadre => ({
        id: c.id,
        name: c.name,
        gridIds: grids.get(c.id)!,
        capacity: effectiveCapacity(c, ranges.get(c.divisionCode)!),
        load: loads.get(c.id) ?? 0,
      })),
      new Set(rejections.map((r) => rejectionKey(r.cadre.id, r.household.id))),
    );
    const byId = { cadre: new Map(cadres.map((c) => [c.id, c])), household: new Map(households.map((h) => [h.id, h])) };
    return plan.map((p) => {
      const cadre = byId.cadre.get(p.cadreId)!;
      const where = p.sameGrid
        ? '同网格，就近联系'
        : cadre.divisionCode === code
          ? '本村党员干部（同网格暂无空余）'
          : '在本村联户的乡镇干部';
      const reasons = [
        where,
        ...(special.has(p.householdId) ? [`特殊群体优先${PRIORITY_REASONS[priority.get(p.householdId)!] ?? ''}`] : []),
        `联户后 ${p.loadAfter}/${p.capacity} 户`,
      ];
      return {
        cadre,
        household: byId.household.get(p.householdId)!,
        reason: reasons.join('；'),
        sameGrid: p.sameGrid,
        special: sensitive ? special.has(p.householdId) : null,
      };
    });
  }

  /** The village's cadres, plus township cadres who already take households in this village. */
  private async candidates(villageCode: string): Promise<Cadre[]> {
    const township = villageCode.slice(0, 9);
    const working = await this.em.find(
      Pairing,
      { endedOn: null, household: { villageCode }, cadre: { divisionCode: township } },
      { fields: ['cadre'] },
    );
    return this.em.find(
      Cadre,
      { $or: [{ divisionCode: villageCode }, { id: { $in: [...new Set(working.map((p) => p.cadre.id))] } }] },
      {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      },
    );
  }
}
