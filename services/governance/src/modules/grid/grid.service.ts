import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Action, divisionLevel, inLine, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isUuid, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Grid, GridLevel } from './grid.entity.js';
import { Region, RegionLevel } from '../region/index.js';
import { assertManages, requireAction } from '../territory/index.js';
import { GridErrorCode, gridError, gridInput } from './grid.errors.js';
import type { CreateGridInput, UpdateGridInput } from './dto/grid.input.js';
import { compareNames } from '../../util/natural-order.js';
import type { GovernanceContext } from '../../context.js';

const LEVEL_ORDER: Record<GridLevel, number> = { TOWNSHIP: 0, VILLAGE: 1, AREA: 2 };
const byLevelThenName = (a: Grid, b: Grid): number =>
  LEVEL_ORDER[a.level as GridLevel] - LEVEL_ORDER[b.level as GridLevel] ||
  a.divisionCode.localeCompare(b.divisionCode) ||
  compareNames(a.name, b.name) ||
  a.id.localeCompare(b.id);

/** Where a grid of each level sits: its division's length and the level of its parent grid. */
const RULES: Record<
  GridLevel,
  { division: 'TOWNSHIP' | 'VILLAGE'; parent: GridLevel | null; parentCode: (code: string) => string }
> = {
  TOWNSHIP: { division: 'TOWNSHIP', parent: null, parentCode: () => '' },
  VILLAGE: { division: 'VILLAGE', parent: GridLevel.TOWNSHIP, parentCode: (code) => code.slice(0, 9) },
  AREA: { division: 'VILLAGE', parent: GridLevel.VILLAGE, parentCode: (code) => code },
};

const cleanName = (raw: string): string => {
  const name = raw.trim();
  if (!name) throw gridInput('name', '请填写网格名称');
  if (name.length > 100) throw gridInput('name', '网格名称不能超过 100 个字');
  return name;
};

/**
 * The 3-level grid of seed 004: township (一级), village (二级), area (三级) grids. Reads are limited to the caller's line.
 */
export class GridService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private visible = (g: Grid): boolean => inLine(this.principal, g.divisionCode);

  async get(id: string): Promise<Grid | null> {
    requireAction(this.principal, Action.ORG_READ);
    if (!isUuid(id)) return null;
    const g = await this.em.findOne(Grid, { id });
    return g && this.visible(g) ? g : null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Grid>> {
    const rows = await this.em.find(Grid, { id: { $in: ids.filter(isUuid) } });
    return new Map(rows.filter(this.visible).map((g) => [g.id, g]));
  }

  /** Visible children of many grids, one statement. */
  async childrenOf(ids: readonly string[]): Promise<Map<string, Grid[]>> {
    const rows = (await this.em.find(Grid, { parentId: { $in: [...ids] } })).filter(this.visible).sort(byLevelThenName);
    const out = new Map<string, Grid[]>();
    for (const g of rows) out.set(g.parentId!, [...(out.get(g.parentId!) ?? []), g]);
    return out;
  }

  /** Grids whose division is exactly one of `codes` (Region.grids), one statement. */
  async ofDivisions(codes: readonly string[]): Promise<Map<string, Grid[]>> {
    requireAction(this.principal, Action.ORG_READ);
    const visible = codes.filter((c) => inLine(this.principal, c));
    const rows = visible.length
      ? (await this.em.find(Grid, { divisionCode: { $in: visible } })).sort(byLevelThenName)
      : [];
    const out = new Map<string, Grid[]>();
    for (const g of rows) out.set(g.divisionCode, [...(out.get(g.divisionCode) ?? []), g]);
    return out;
  }

  /**
   * The top of the tree inside each region: a township's level-1 grid, a village's level-2 grid,
   * a county's level-1 grids, plus any grid whose parent is missing (so nothing falls off the
   * tree). One statement for many regions.
   */
  async rootsOf(codes: readonly string[]): Promise<Map<string, Grid[]>> {
    requireAction(this.principal, Action.ORG_READ);
    const visible = codes.filter((c) => inLine(this.principal, c));
    if (!visible.length) return new Map();
    // an area grid with a parent always has it inside the same village, so it is never a root
    const rows = await this.em.find(Grid, {
      $and: [
        { $or: visible.map((c) => ({ divisionCode: { $like: `${c}%` } })) },
        { $or: [{ level: { $ne: GridLevel.AREA } }, { parentId: null }] },
      ],
    });
    const out = new Map<string, Grid[]>();
    for (const code of visible) {
      const under = rows.filter((g) => g.divisionCode.startsWith(code));
      const ids = new Set(under.map((g) => g.id));
      const roots = under.filter((g) => (!g.parentId || !ids.has(g.parentId)) && this.visible(g)).sort(byLevelThenName);
      out.set(code, roots);
    }
    return out;
  }

  async create(input: CreateGridInput): Promise<Grid> {
    const name = cleanName(input.name);
    const code = input.divisionCode.trim();
    const rule = RULES[input.level];
    if (divisionLevel(code) !== rule.division) {
      throw gridInput(
        'divisionCode',
        input.level === GridLevel.TOWNSHIP
          ? '一级网格须对应乡镇（9 位区划代码）'
          : '二、三级网格须对应村（12 位区划代码）',
      );
    }
    assertManages(this.principal, code, Action.GRID_MANAGE, '新建网格');
    const region = await this.em.findOne(Region, { code });
    if (!region || region.level !== (rule.division as RegionLevel)) throw gridInput('divisionCode', '该区划不存在');

    let parentId: string | null = null;
    if (rule.parent) {
      const expectedCode = rule.parentCode(code);
      if (input.parentId) {
        const parent = isUuid(input.parentId) ? await this.em.findOne(Grid, { id: input.parentId }) : null;
        if (!parent || parent.level !== rule.parent || parent.divisionCode !== expectedCode) {
          throw gridInput(
            'parentId',
            input.level === GridLevel.VILLAGE
              ? '二级网格的上级须是本村所属乡镇的一级网格'
              : '三级网格的上级须是本村的二级网格',
          );
        }
        parentId = parent.id;
      } else {
        parentId = (await this.em.findOne(Grid, { level: rule.parent, divisionCode: expectedCode }))?.id ?? null;
      }
    } else if (input.parentId) {
      throw gridInput('parentId', '一级网格没有上级网格');
    }

    return this.em.transactional(async (tx) => {
      if (input.level !== GridLevel.AREA && (await tx.count(Grid, { level: input.level, divisionCode: code })))
        throw gridError(GridErrorCode.GRID_EXISTS, 'level');
      const grid = tx.create(Grid, { name, level: input.level, divisionCode: code, parentId });
      try {
        await tx.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw gridError(GridErrorCode.GRID_EXISTS, 'level');
        throw e;
      }
      // grids made before their parent existed are hung under it now
      if (input.level === GridLevel.VILLAGE)
        await tx.nativeUpdate(
          Grid,
          { level: GridLevel.AREA, divisionCode: code, parentId: null },
          { parentId: grid.id },
        );
      if (input.level === GridLevel.TOWNSHIP)
        await tx.nativeUpdate(
          Grid,
          { level: GridLevel.VILLAGE, divisionCode: { $like: `${code}___` }, parentId: null },
          { parentId: grid.id },
        );
      return grid;
    });
  }

  async update(input: UpdateGridInput): Promise<Grid> {
    const grid = await this.get(input.id);
    if (!grid) throw entityNotFound('GRID', 'id', '网格不存在或不在您的管辖范围内');
    assertManages(this.principal, grid.divisionCode, Action.GRID_MANAGE, '修改网格');
    const name = cleanName(input.name);
    await this.em.lock(grid, LockMode.OPTIMISTIC, input.version);
    grid.name = name;
    await this.em.flush();
    return grid;
  }
}

/** The one place a request's GridService is built (resolvers of every module use it). */
export const gridService = (ctx: GovernanceContext): GridService => new GridService(ctx.em, requirePrincipal(ctx));
