import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, can, divisionLevel, type Principal } from '@xiangzhi/auth';
import { forbidden, isUuid, entityNotFound } from '@xiangzhi/subgraph-kit';
import { householdInput } from './household.errors.js';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdTag, HouseholdTagKind, SENSITIVE_TAGS } from './household-tag.entity.js';
import { nameInitials, prepareResident, type PreparedResident } from './resident-input.js';
import {
  assertIdCardFree,
  checkVersion,
  firstProblem,
  requireWriter,
  text,
  writableHousehold,
} from './register-guard.js';
import type { CreateHouseholdInput, UpdateHouseholdInput } from './dto/household.input.js';
import { Region, RegionLevel } from '../region/index.js';
import { Grid, GridLevel, takeGridPlaces } from '../grid/index.js';
import { VillagerGroup } from '../territory/index.js';
import { maySeePersonalData } from '../audit/index.js';
import type { FieldCrypto } from '../../pii/field-crypto.js';

const SITUATION_MAX = 2000;

/** Writes to households and their tags: scoped, validated, one transaction each. */
export class RegisterService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto: FieldCrypto,
  ) {}

  /** A new household with its head; the grid must have room (setting `grid.areaCapacity`). */
  async createHousehold(input: CreateHouseholdInput): Promise<Household> {
    requireWriter(this.principal);
    const villageCode = input.villageCode.trim();
    if (divisionLevel(villageCode) !== 'VILLAGE') throw householdInput('villageCode', '村区划代码应为 12 位数字');
    if (!can(this.principal, Action.REGISTER_WRITE, { divisionCode: villageCode }))
      throw forbidden('只能在本人管辖范围内的村登记农户');
    // the office registers anywhere in its jurisdiction; grid leaders and cadres (OWN) in their own grids only
    const target = { divisionCode: villageCode, gridId: input.gridId ?? null, own: false };
    if (!can(this.principal, Action.REGISTER_WRITE, target)) throw forbidden('只能在本人负责的网格内登记农户');
    const address = text(input.address, 'address', '住址', 200);
    if (!address) throw householdInput('address', '请填写住址');
    const head = prepareResident(
      { ...input.head, relation: input.head.relation?.trim() || '户主' },
      this.crypto,
      'head.',
    );
    if ('problems' in head) throw firstProblem(head.problems);
    if (head.value.relation !== '户主') throw householdInput('head.relation', '户主的“与户主关系”应为“户主”');

    return this.em.transactional(async (tx) => {
      if (!(await tx.count(Region, { code: villageCode, level: RegionLevel.VILLAGE })))
        throw householdInput('villageCode', '该村不存在');
      const grid = input.gridId ? await this.areaGridWithRoom(tx, input.gridId, villageCode) : null;
      const group = input.groupId ? await groupOf(tx, input.groupId, villageCode) : null;
      if (head.value.idCard) await assertIdCardFree(tx, this.principal, head.value.idCard, 'head.idCardNo');
      const household = tx.create(Household, {
        villageCode,
        grid,
        group,
        address,
        headName: head.value.name,
        headNameInitials: head.value.nameInitials,
        memberCount: 1,
        incomeBand: input.incomeBand ?? null,
        productionSituation: text(input.productionSituation, 'productionSituation', '生产情况', SITUATION_MAX),
        livingSituation: text(input.livingSituation, 'livingSituation', '生活情况', SITUATION_MAX),
        difficulties: text(input.difficulties, 'difficulties', '困难与诉求', SITUATION_MAX),
      });
      tx.create(Resident, residentRow(household, head.value, true, 0));
      await tx.flush();
      return household;
    });
  }

  /** Changes the fields given; a stale `version` is refused (CONFLICT) and nothing is written. */
  async updateHousehold(input: UpdateHouseholdInput): Promise<Household> {
    return this.em.transactional(async (tx) => {
      const h = await writableHousehold(tx, this.principal, input.id, 'id');
      checkVersion(h, input.version);
      if (input.address !== undefined) {
        const address = text(input.address, 'address', '住址', 200);
        if (!address) throw householdInput('address', '住址不能为空');
        h.address = address;
      }
      if (input.incomeBand !== undefined) h.incomeBand = input.incomeBand;
      if (input.productionSituation !== undefined)
        h.productionSituation = text(input.productionSituation, 'productionSituation', '生产情况', SITUATION_MAX);
      if (input.livingSituation !== undefined)
        h.livingSituation = text(input.livingSituation, 'livingSituation', '生活情况', SITUATION_MAX);
      if (input.difficulties !== undefined)
        h.difficulties = text(input.difficulties, 'difficulties', '困难与诉求', SITUATION_MAX);
      if (input.groupId !== undefined) h.group = input.groupId ? await groupOf(tx, input.groupId, h.villageCode) : null;
      await tx.flush();
      return h;
    });
  }

  /** Puts a special-group tag on a household, recording who and when; setting it again only updates the note. */
  async setTag(householdId: string, tag: HouseholdTagKind, note?: string | null): Promise<Household> {
    this.checkTagAllowed(tag);
    const cleanNote = text(note, 'note', '备注', 200);
    return this.em.transactional(async (tx) => {
      const h = await writableHousehold(tx, this.principal, householdId);
      const active = await tx.findOne(HouseholdTag, { household: h, tag, removedAt: null });
      if (active) {
        if (note !== undefined) active.note = cleanNote;
      } else
        tx.create(HouseholdTag, {
          household: h,
          tag,
          note: cleanNote,
          setBy: this.principal.username,
          setAt: new Date(),
        });
      await tx.flush();
      return h;
    });
  }

  /** Ends a tag: the row stays, with who removed it and when (the history is kept). */
  async removeTag(householdId: string, tag: HouseholdTagKind): Promise<Household> {
    this.checkTagAllowed(tag);
    return this.em.transactional(async (tx) => {
      const h = await writableHousehold(tx, this.principal, householdId);
      const active = await tx.findOne(HouseholdTag, { household: h, tag, removedAt: null });
      if (active) {
        active.removedAt = new Date();
        active.removedBy = this.principal.username;
        await tx.flush();
      }
      return h;
    });
  }

  private checkTagAllowed(tag: HouseholdTagKind): void {
    requireWriter(this.principal);
    if (SENSITIVE_TAGS.has(tag) && !maySeePersonalData(this.principal)) throw forbidden('您无权设置该特殊群体标签');
  }

  /** An area grid of the village with room for one more household. */
  private async areaGridWithRoom(em: EntityManager, gridId: string, villageCode: string): Promise<Grid> {
    const grid = isUuid(gridId)
      ? await em.findOne(Grid, { id: gridId, divisionCode: villageCode, level: GridLevel.AREA })
      : null;
    if (!grid) throw entityNotFound('GRID', 'gridId', '网格不存在，或不是该村的三级网格');
    await takeGridPlaces(em, grid, 'gridId');
    return grid;
  }
}

async function groupOf(em: EntityManager, groupId: string, villageCode: string): Promise<VillagerGroup> {
  const group = isUuid(groupId) ? await em.findOne(VillagerGroup, { id: groupId, villageCode }) : null;
  if (!group) throw entityNotFound('VILLAGER_GROUP', 'groupId', '村民小组不存在，或不属于该村');
  return group;
}

/** The columns of a resident row from a prepared person (ciphers, blind indexes, masked forms). */
export function residentRow(household: Household, p: PreparedResident, isHead: boolean, sortOrder: number) {
  return {
    household,
    name: p.name,
    relation: p.relation,
    sex: p.sex,
    birthDate: p.birthDate,
    isHead,
    sortOrder,
    nameInitials: p.nameInitials || nameInitials(p.name),
    idCardCipher: p.idCard?.cipher ?? null,
    idCardIndex: p.idCard?.index ?? null,
    idCardMasked: p.idCard?.masked ?? null,
    phoneCipher: p.phone?.cipher ?? null,
    phoneIndex: p.phone?.index ?? null,
    phoneMasked: p.phone?.masked ?? null,
    occupation: p.occupation,
    healthCipher: p.healthCipher,
  };
}
