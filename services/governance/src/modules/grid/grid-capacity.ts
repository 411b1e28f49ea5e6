import type { EntityManager } from '@mikro-orm/postgresql';
import { SettingService } from '../settings/index.js';

/** `grid.areaCapacity` in force for many divisions in one statement (Grid.capacity over a tree). */
export async function areaCapacities(em: EntityManager, codes: readonly string[]): Promise<Map<string, number>> {
  const found = await new SettingService(em).effectiveMany(codes, ['grid.areaCapacity']);
  return new Map(codes.map((code) => [code, Number(found.get(code)?.get('grid.areaCapacity')?.value)]));
}
