import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, scopeOf, type Principal } from '@xiangzhi/auth';
import { entityNotFound, forbidden, isUuid } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseLevel, CaseSource, CaseStatus } from './case.enums.js';
import { caseInput, caseNotFound } from './case.errors.js';
import { actorName, caseText, readScope } from './case-support.js';
import { afterChange } from './case-after.js';
import { caseCodes, createCase, linkSource } from './case-create.js';
import { objectByVillager, type VillagerObjection } from './case-transition.service.js';
import { Household, HouseholdService } from '../household/index.js';
import { Grid } from '../grid/index.js';
import { Region } from '../region/index.js';
import { Visit } from '../visit/index.js';
import type { RaiseCaseInput } from './dto/raise-case.input.js';

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 2000;
const PLACE_MAX = 200;

const householdNotFound = () => entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');

/** Where a new case lies: its village, grid and household, checked against the caller's reach. */
interface Whereabouts {
  villageCode: string;
  grid: Grid | null;
  household: Household | null;
  place: string | null;
}

/** 民情台账: raising a case (from a visit, a patrol, an order, …) or linking a duplicate. */
export class CaseService {
  /**
   * Raises a case in the caller's transaction (other modules call it inside theirs: service orders,
   * patrols, supervision). Flushes; the caller's transaction commits or rolls back the case with its source.
   */
  static async raise(principal: Principal, input: RaiseCaseInput, em: EntityManager): Promise<Case> {
    authorize(principal, Action.CASE_RAISE);
    if (input.duplicateOf != null) return CaseService.linkDuplicate(principal, input, em);
    const title = caseText(input.title, 'title', '标题', TITLE_MAX, true, false)!;
    const description = caseText(input.description, 'description', '描述', DESCRIPTION_MAX, true)!;
    const sourceId = await CaseService.checkSource(principal, input, em);
    const where = await CaseService.whereabouts(principal, input, em, sourceId);
    const now = new Date();
    const code = (await caseCodes(em, now))();
    const fields = {
      title,
      description,
      source: input.source,
      sourceId,
      kind: input.kind,
      domain: input.domain,
      ...where,
      level: where.grid ? CaseLevel.GRID : CaseLevel.VILLAGE,
      raisedBy: await actorName(em, principal),
      raisedByAccountId: principal.accountId,
      onBehalf: input.onBehalf ?? false,
      note: input.onBehalf ? '党员干部代群众登记（员代办）' : null,
    };
    const c = createCase(em, fields, code, now);
    await afterChange(em, c, now, principal, input.attachmentIds ?? []);
    await em.flush();
    return c;
  }

  /** 群众异议 from the household's QR page (the caller checked the household code): reopens a closed case. */
  static objectByVillager(em: EntityManager, objection: VillagerObjection): Promise<Case> {
    return objectByVillager(em, objection);
  }

  /** 查重: instead of a second case, the source is linked to the open one already in the ledger. */
  private static async linkDuplicate(principal: Principal, input: RaiseCaseInput, em: EntityManager): Promise<Case> {
    const id = input.duplicateOf!;
    const found = isUuid(id) ? await em.findOne(Case, { $and: [{ id }, readScope(principal)] }) : null;
    if (!found) throw caseNotFound('duplicateOf');
    if (found.status === CaseStatus.CLOSED) throw caseInput('duplicateOf', '该事项已销号，请登记新事项');
    const sourceId = await CaseService.checkSource(principal, input, em);
    const note = caseText(input.title, 'title', '标题', TITLE_MAX, false, false);
    const actor = { name: await actorName(em, principal), accountId: principal.accountId };
    linkSource(em, found, { source: input.source, sourceId, note }, actor, new Date());
    await em.flush();
    return found;
  }

  /** A source record's id; a visit's is checked here (exists, in reach), other modules check their own. */
  private static async checkSource(principal: Principal, input: RaiseCaseInput, em: EntityManager) {
    const id = input.sourceId ?? null;
    if (id === null) {
      if (input.source === CaseSource.VISIT) throw caseInput('sourceId', '请选择登记该事项的走访记录');
      return null;
    }
    if (!isUuid(id)) throw caseInput('sourceId', '来源记录编号格式不正确');
    if (input.source !== CaseSource.VISIT) return id;
    const scope = await new HouseholdService(em, principal).scopeFilter(null, Action.CASE_RAISE);
    const visit = await em.findOne(Visit, { id, household: scope });
    if (!visit) throw entityNotFound('VISIT', 'sourceId', '走访记录不存在或不在您的管辖范围内');
    return id;
  }

  private static async whereabouts(
    principal: Principal,
    input: RaiseCaseInput,
    em: EntityManager,
    sourceId: string | null,
  ): Promise<Whereabouts> {
    const place = caseText(input.place, 'place', '地点', PLACE_MAX, false, false);
    let householdId = input.householdId ?? null;
    if (householdId === null && input.source === CaseSource.VISIT && sourceId) {
      householdId = (await em.findOneOrFail(Visit, sourceId)).household.id;
    }
    if (householdId !== null) {
      if (!isUuid(householdId)) throw householdNotFound();
      const scope = await new HouseholdService(em, principal).scopeFilter(null, Action.CASE_RAISE);
      const household = await em.findOne(Household, { $and: [{ id: householdId }, scope] }, { populate: ['grid'] });
      if (!household) throw householdNotFound();
      return { villageCode: household.villageCode, grid: household.grid, household, place };
    }
    if (!place) throw caseInput('place', '请选择涉及的农户，或填写地点');
    const villageCode = input.villageCode?.trim() ?? '';
    if (!/^\d{12}$/.test(villageCode)) throw caseInput('villageCode', '请选择事项所在的村（12 位区划代码）');
    const village = can(principal, Action.CASE_RAISE, { divisionCode: villageCode })
      ? await em.findOne(Region, { code: villageCode })
      : null;
    if (!village) throw entityNotFound('REGION', 'villageCode', '村不存在或不在您的管辖范围内');
    let grid: Grid | null = null;
    if (input.gridId != null) {
      grid = isUuid(input.gridId) ? await em.findOne(Grid, { id: input.gridId, divisionCode: villageCode }) : null;
      if (!grid) throw entityNotFound('GRID', 'gridId', '网格不存在或不在该村');
    }
    // a grid leader or cadre files in their grids (or anywhere in the village when they name no grid)
    if (scopeOf(principal, Action.CASE_RAISE) === 'OWN' && grid && !principal.gridIds.includes(grid.id)) {
      throw forbidden('只能登记本人网格内的事项');
    }
    return { villageCode, grid, household: null, place };
  }
}
