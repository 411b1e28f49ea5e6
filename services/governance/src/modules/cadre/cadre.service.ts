import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, can, divisionLevel, inLine, narrowScope, type Principal } from '@xiangzhi/auth';
import {
  AppError,
  CommonErrorCode,
  decodePage,
  entityNotFound,
  groupBy,
  isUuid,
  requirePrincipal,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { Cadre, CadreKind } from './cadre.entity.js';
import { Pairing } from './pairing.entity.js';
import { Grid } from '../grid/index.js';
import { GridMember } from './grid-member.entity.js';
import { Region } from '../region/index.js';
import { Household } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { assertCanManage } from './cadre.access.js';
import { requireAction } from '../territory/index.js';
import { sealPhone } from './cadre-phone.js';
import { activePairingCounts, effectiveCapacity, jurisdictionCapacities } from './cadre-capacity.js';
import { CadreErrorCode, cadreError, cadreInput } from './cadre.errors.js';
import type { CreateCadreInput, UpdateCadreInput } from './dto/cadre.input.js';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import type { GovernanceContext } from '../../context.js';

export interface CadreQuery {
  regionCode?: string | null;
  search?: string | null;
  gridId?: string | null;
  first?: number;
  after?: string | null;
}

const MAX_CAPACITY = 500;
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function text(field: string, label: string, value: string, max: number): string {
  const s = value.trim();
  if (!s) throw cadreInput(field, `${label}不能为空`);
  if (s.length > max) throw cadreInput(field, `${label}不能超过 ${max} 个字`);
  return s;
}

function checkCapacity(value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 1 || value > MAX_CAPACITY)
    throw cadreInput('capacity', `联户上限须在 1 到 ${MAX_CAPACITY} 户之间`);
}

export class CadreService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto?: FieldCrypto,
  ) {}

  /** Cadres of the jurisdiction, and those of the levels above it (the township cadres a village works with). */
  async get(id: string): Promise<Cadre | null> {
    requireAction(this.principal, Action.ORG_READ);
    if (!isUuid(id)) return null;
    const c = await this.em.findOne(Cadre, { id });
    return c && inLine(this.principal, c.divisionCode) ? c : null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Cadre>> {
    // federation references (points, meetings): refused callers get null, not an error in another subgraph's list
    if (!can(this.principal, Action.ORG_READ)) return new Map();
    const rows = await this.em.find(Cadre, { id: { $in: ids.filter(isUuid) } });
    return new Map(rows.filter((c) => inLine(this.principal, c.divisionCode)).map((c) => [c.id, c]));
  }

  async list(q: CadreQuery): Promise<Connection<Cadre>> {
    requireAction(this.principal, Action.ORG_READ);
    const { limit, offset } = decodePage(q);
    const prefix = narrowScope(this.principal, q.regionCode);
    const where: FilterQuery<Cadre>[] = [{ divisionCode: { $like: `${prefix}%` } }];
    const search = q.search?.trim();
    if (search) {
      if (search.length > 50) throw cadreInput('search', '搜索内容不能超过 50 个字');
      const like = `%${escapeLike(search)}%`;
      where.push({ $or: [{ name: { $ilike: like } }, { post: { $ilike: like } }] });
    }
    if (q.gridId) {
      if (!isUuid(q.gridId)) throw cadreInput('gridId', '网格编号无效');
      const members = await this.em.find(GridMember, { grid: q.gridId, endedOn: null }, { fields: ['cadre'] });
      where.push({ $or: [{ gridId: q.gridId }, { id: { $in: members.map((m) => m.cadre.id) } }] });
    }
    const [rows, total] = await this.em.findAndCount(
      Cadre,
      { $and: where },
      {
        orderBy: [{ divisionCode: 'asc' }, { name: 'asc' }, { id: 'asc' }],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }

  async create(input: CreateCadreInput): Promise<Cadre> {
    const name = text('name', '姓名', input.name, 50);
    const post = text('post', '职务', input.post, 50);
    const divisionCode = input.divisionCode.trim();
    const level = divisionLevel(divisionCode);
    if (level !== 'TOWNSHIP' && level !== 'VILLAGE')
      throw cadreInput('divisionCode', '所属区划应为乡镇（9 位）或村（12 位）代码');
    assertCanManage(this.principal, divisionCode, Action.CADRE_MANAGE);
    if (!(await this.em.findOne(Region, { code: divisionCode }))) throw cadreInput('divisionCode', '该区划不存在');
    this.checkKind(input.kind, divisionCode, input.isLiaisonLeader ?? false);
    checkCapacity(input.capacity);
    const gridId = input.gridId ? await this.checkGrid(input.gridId, divisionCode) : null;
    const phone = input.phone?.trim() ? sealPhone(this.requireCrypto(), input.phone) : null;
    const cadre = this.em.create(Cadre, {
      name,
      post,
      divisionCode,
      kind: input.kind,
      gridId,
      capacity: input.capacity ?? null,
      isLiaisonLeader: input.isLiaisonLeader ?? false,
      ...(phone ?? {}),
    });
    await this.em.flush();
    return cadre;
  }

  async update(input: UpdateCadreInput): Promise<Cadre> {
    const cadre = await this.get(input.id);
    if (!cadre) throw entityNotFound('CADRE', 'id', '党员干部不存在或不在您的管辖范围内');
    assertCanManage(this.principal, cadre.divisionCode, Action.CADRE_MANAGE);
    if (cadre.version !== input.version) throw new AppError(CommonErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
    if (input.name != null) cadre.name = text('name', '姓名', input.name, 50);
    if (input.post != null) cadre.post = text('post', '职务', input.post, 50);
    if (input.kind != null) cadre.kind = input.kind;
    if (input.isLiaisonLeader != null) cadre.isLiaisonLeader = input.isLiaisonLeader;
    this.checkKind(cadre.kind, cadre.divisionCode, cadre.isLiaisonLeader);
    if (input.gridId !== undefined)
      cadre.gridId = input.gridId ? await this.checkGrid(input.gridId, cadre.divisionCode) : null;
    if (input.capacity !== undefined) {
      checkCapacity(input.capacity);
      // the capacity in force afterwards (own, or the jurisdiction's when cleared) must hold the current households
      const after = effectiveCapacity(
        { capacity: input.capacity },
        (await jurisdictionCapacities(this.em, [cadre.divisionCode])).get(cadre.divisionCode)!,
      );
      const paired = (await activePairingCounts(this.em, [cadre.id])).get(cadre.id) ?? 0;
      if (after < paired)
        throw cadreError(CadreErrorCode.CAPACITY_BELOW_PAIRED, 'capacity', `已联系 ${paired} 户，上限将为 ${after} 户`);
      cadre.capacity = input.capacity;
    }
    if (input.phone !== undefined) {
      const sealed = input.phone?.trim() ? sealPhone(this.requireCrypto(), input.phone) : null;
      cadre.phoneCipher = sealed?.phoneCipher ?? null;
      cadre.phoneIndex = sealed?.phoneIndex ?? null;
      cadre.phoneMasked = sealed?.phoneMasked ?? null;
    }
    await this.em.flush();
    return cadre;
  }

  /**
   * The households currently paired with each cadre, as far as the caller may see them (a village
   * sees only its own households of a township cadre), one statement for the whole list.
   */
  async householdsOf(
    cadreIds: readonly string[],
    page: { first?: number; after?: string | null },
  ): Promise<Map<string, Connection<Household>>> {
    const { limit, offset } = decodePage(page);
    const empty = (): Map<string, Connection<Household>> =>
      new Map(cadreIds.map((id) => [id, toConnection([], 0, offset)]));
    // dashboards read cadres (rankings) but never households
    if (!can(this.principal, Action.REGISTER_READ)) return empty();
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter();
    const pairings = await this.em.find(
      Pairing,
      { cadre: { $in: [...cadreIds] }, endedOn: null, household: scope },
      {
        populate: ['household'],
        orderBy: [{ household: { address: 'asc' } }, { id: 'asc' }],
      },
    );
    const byCadre = new Map<string, Household[]>();
    for (const p of pairings) byCadre.set(p.cadre.id, [...(byCadre.get(p.cadre.id) ?? []), p.household]);
    return new Map(
      cadreIds.map((id) => {
        const all = byCadre.get(id) ?? [];
        return [id, toConnection(all.slice(offset, offset + limit), all.length, offset)];
      }),
    );
  }

  /** Current paired cadres of many households, one statement. */
  async pairedCadres(householdIds: readonly string[]): Promise<Map<string, Cadre[]>> {
    const pairings = await this.em.find(
      Pairing,
      { household: { $in: [...householdIds] }, endedOn: null },
      { populate: ['cadre'], orderBy: { startedOn: 'asc' } },
    );
    return groupBy(
      pairings,
      (p) => p.household.id,
      (p) => p.cadre,
    );
  }

  private checkKind(kind: CadreKind, divisionCode: string, isLiaisonLeader: boolean): void {
    const township = divisionLevel(divisionCode) === 'TOWNSHIP';
    if (kind === CadreKind.TOWNSHIP_CADRE && !township)
      throw cadreInput('divisionCode', '乡镇干部应属乡镇（9 位区划代码）');
    if (kind !== CadreKind.TOWNSHIP_CADRE && township) throw cadreInput('kind', '属乡镇的党员干部应为“乡镇干部”类别');
    if (isLiaisonLeader && kind !== CadreKind.TOWNSHIP_CADRE)
      throw cadreInput('isLiaisonLeader', '包村领导须为乡镇干部');
  }

  private async checkGrid(gridId: string, divisionCode: string): Promise<string> {
    const grid = isUuid(gridId) ? await this.em.findOne(Grid, { id: gridId }) : null;
    if (!grid || !(grid.divisionCode.startsWith(divisionCode) || divisionCode.startsWith(grid.divisionCode))) {
      throw entityNotFound('GRID', 'gridId', '网格不存在或不在该党员干部所属辖区');
    }
    return grid.id;
  }

  private requireCrypto(): FieldCrypto {
    if (!this.crypto) throw new Error('CadreService needs the field crypto to store phones');
    return this.crypto;
  }
}

/** The one place a request's CadreService is built (resolvers of every module use it). */
export const cadreService = (ctx: GovernanceContext): CadreService =>
  new CadreService(ctx.em, requirePrincipal(ctx), ctx.crypto);
