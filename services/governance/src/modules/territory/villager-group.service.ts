import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Action, divisionLevel, inLine, narrowScope, type Principal } from '@xiangzhi/auth';
import { VillagerGroup } from './villager-group.entity.js';
import { Region, RegionLevel } from '../region/index.js';
import { assertManages, requireAction } from './territory.access.js';
import { TerritoryErrorCode, territoryError, territoryInput } from './territory.errors.js';
import type { CreateVillagerGroupInput } from './dto/create-villager-group.input.js';
import { compareNames } from '../../util/natural-order.js';

const byName = (a: VillagerGroup, b: VillagerGroup): number => compareNames(a.name, b.name) || a.id.localeCompare(b.id);

/** 村民小组: listed per village, created by those who manage the village. */
export class VillagerGroupService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Groups of one village (in the caller's line), by name. */
  async list(villageCode: string): Promise<VillagerGroup[]> {
    requireAction(this.principal, Action.ORG_READ);
    if (divisionLevel(villageCode) !== 'VILLAGE') throw territoryInput('villageCode', '村区划代码须为 12 位数字');
    narrowScope(this.principal, villageCode);
    return (await this.em.find(VillagerGroup, { villageCode })).sort(byName);
  }

  /** Groups of many villages in one statement (Region.villagerGroups over a list). */
  async ofVillages(codes: readonly string[]): Promise<Map<string, VillagerGroup[]>> {
    requireAction(this.principal, Action.ORG_READ);
    const visible = codes.filter((c) => inLine(this.principal, c));
    const rows = visible.length
      ? (await this.em.find(VillagerGroup, { villageCode: { $in: visible } })).sort(byName)
      : [];
    const out = new Map<string, VillagerGroup[]>();
    for (const g of rows) out.set(g.villageCode, [...(out.get(g.villageCode) ?? []), g]);
    return out;
  }

  async create(input: CreateVillagerGroupInput): Promise<VillagerGroup> {
    const villageCode = input.villageCode.trim();
    const name = input.name.trim();
    if (divisionLevel(villageCode) !== 'VILLAGE') throw territoryInput('villageCode', '村区划代码须为 12 位数字');
    assertManages(this.principal, villageCode, Action.TERRITORY_MANAGE, '新建村民小组');
    if (!name) throw territoryInput('name', '请填写小组名称');
    if (name.length > 50) throw territoryInput('name', '小组名称不能超过 50 个字');
    const village = await this.em.findOne(Region, { code: villageCode });
    if (!village || village.level !== RegionLevel.VILLAGE) throw territoryInput('villageCode', '该村不存在');
    if (await this.em.count(VillagerGroup, { villageCode, name }))
      throw territoryError(TerritoryErrorCode.VILLAGER_GROUP_EXISTS, 'name');
    const group = this.em.create(VillagerGroup, { villageCode, name });
    try {
      await this.em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw territoryError(TerritoryErrorCode.VILLAGER_GROUP_EXISTS, 'name');
      throw e;
    }
    return group;
  }
}
