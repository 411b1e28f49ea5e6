import type { EntityManager } from '@mikro-orm/postgresql';
import { SettingService } from '../settings/index.js';
import type { Cadre } from './cadre.entity.js';

/** How many households a cadre takes in a jurisdiction (seed 000: 一般5至10户; seed 002: 不少于30户 elsewhere). */
export interface CapacityRange {
  min: number;
  max: number;
}

/** The pairing capacity in force for many divisions in one statement (a list of cadres costs one query). */
export async function jurisdictionCapacities(
  em: EntityManager,
  codes: Iterable<string>,
): Promise<Map<string, CapacityRange>> {
  const found = await new SettingService(em).effectiveMany(codes, ['pairing.capacityMin', 'pairing.capacityMax']);
  return new Map(
    [...found].map(([code, values]) => [
      code,
      {
        min: Number(values.get('pairing.capacityMin')?.value),
        max: Number(values.get('pairing.capacityMax')?.value),
      },
    ]),
  );
}

/** The cadre's own capacity when set, else the jurisdiction's maximum. */
export const effectiveCapacity = (cadre: Pick<Cadre, 'capacity'>, range: CapacityRange): number =>
  cadre.capacity ?? range.max;

/** Current (not ended) pairings per cadre, one statement. */
export async function activePairingCounts(
  em: EntityManager,
  cadreIds: readonly string[],
): Promise<Map<string, number>> {
  if (!cadreIds.length) return new Map();
  const rows = await em.execute<{ cadre_id: string; n: number }[]>(
    'select cadre_id, count(*)::int as n from pairing where ended_on is null and cadre_id in (?) group by cadre_id',
    [[...cadreIds]],
  );
  return new Map(rows.map((r) => [r.cadre_id, Number(r.n)]));
}
