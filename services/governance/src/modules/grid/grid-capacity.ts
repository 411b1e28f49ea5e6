import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { AppError } from '@xiangzhi/subgraph-kit';
import { SettingService } from '../settings/index.js';
import type { Grid } from './grid.entity.js';
import { GridErrorCode, gridError } from './grid.errors.js';

/** `grid.areaCapacity` in force for many divisions in one statement (Grid.capacity over a tree). */
export async function areaCapacities(em: EntityManager, codes: readonly string[]): Promise<Map<string, number>> {
  const found = await new SettingService(em).effectiveMany(codes, ['grid.areaCapacity']);
  return new Map(codes.map((code) => [code, Number(found.get(code)?.get('grid.areaCapacity')?.value)]));
}

/** `grid.areaCapacity` in force for one village. */
export const areaCapacity = (em: EntityManager, villageCode: string): Promise<number> =>
  new SettingService(em).get(villageCode, 'grid.areaCapacity');

/** The words of GRID_FULL, wherever a household is refused a grid (registered, moved in, imported). */
export const gridFullMessage = (gridName: string, capacity: number): string =>
  `网格“${gridName}”已满：上限 ${capacity} 户，请选择其他网格或调整设置`;

export const gridFull = (field: string, grid: Pick<Grid, 'name'>, capacity: number): AppError =>
  gridError(GridErrorCode.GRID_FULL, field, gridFullMessage(grid.name, capacity));

/**
 * The grid-capacity rule, written once: an area grid takes `adding` more households only while it then
 * holds no more than its village's `grid.areaCapacity`. Call it in the transaction that writes the
 * households: it locks the grid row (SELECT … FOR UPDATE) until that transaction ends, so adds to one
 * grid queue and each counts what the one before wrote, while adds to other grids never wait.
 */
export async function takeGridPlaces(tx: EntityManager, grid: Grid, field: string, adding = 1): Promise<void> {
  await tx.lock(grid, LockMode.PESSIMISTIC_WRITE);
  const capacity = await areaCapacity(tx, grid.divisionCode);
  // the grid's occupants are the households pointing at it (the household module sits above this one)
  const [row] = await tx.execute<{ n: number }[]>('select count(*)::int n from household where grid_id = ?', [grid.id]);
  if (Number(row?.n ?? 0) + adding > capacity) throw gridFull(field, grid, capacity);
}
