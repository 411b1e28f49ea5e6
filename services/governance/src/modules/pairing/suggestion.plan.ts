/** Pure planning of 联户 suggestions: no database, so the rules can be read and tested on their own. */

export interface PlanHousehold {
  id: string;
  gridId: string | null;
  special: boolean;
  address: string;
}
export interface PlanCadre {
  id: string;
  name: string;
  /** Grids the cadre belongs to (own grid, current grid memberships). */
  gridIds: ReadonlySet<string>;
  capacity: number;
  /** Current pairings, anywhere. */
  load: number;
}
export interface PlannedPairing {
  householdId: string;
  cadreId: string;
  sameGrid: boolean;
  loadAfter: number;
  capacity: number;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Proposes a cadre for households in three passes, each in the order special-group first, then
 * grid and address: (1) special-group households, a cadre of the same grid if one has room, any
 * other otherwise; (2) the others, same-grid cadres only, so no cadre is used up by another grid
 * while its own grid waits; (3) the rest, any cadre with room. Among the cadres allowed, the one
 * with the lowest share of capacity used wins (spreading the load), then fewer households, then
 * name and id, so the same input always gives the same plan. Rejected pairs are never proposed;
 * households no cadre can take are left out.
 */
export function planPairings(
  households: readonly PlanHousehold[],
  cadres: readonly PlanCadre[],
  rejected: ReadonlySet<string>,
): PlannedPairing[] {
  const load = new Map(cadres.map((c) => [c.id, c.load]));
  const order = [...households].sort(
    (a, b) =>
      Number(b.special) - Number(a.special) ||
      cmp(a.gridId ?? '\uffff', b.gridId ?? '\uffff') ||
      cmp(a.address, b.address) ||
      cmp(a.id, b.id),
  );
  const planned = new Map<string, PlannedPairing>();
  const pass = (which: (h: PlanHousehold) => boolean, sameGridOnly: boolean): void => {
    for (const h of order) {
      if (planned.has(h.id) || !which(h)) continue;
      let best: Candidate | null = null;
      for (const c of cadres) {
        const used = load.get(c.id)!;
        if (used >= c.capacity || rejected.has(rejectionKey(c.id, h.id))) continue;
        const sameGrid = h.gridId !== null && c.gridIds.has(h.gridId);
        if (sameGridOnly && !sameGrid) continue;
        if (!best || better({ cadre: c, sameGrid, used }, best)) best = { cadre: c, sameGrid, used };
      }
      if (!best) continue;
      load.set(best.cadre.id, best.used + 1);
      planned.set(h.id, {
        householdId: h.id,
        cadreId: best.cadre.id,
        sameGrid: best.sameGrid,
        loadAfter: best.used + 1,
        capacity: best.cadre.capacity,
      });
    }
  };
  pass((h) => h.special, false);
  pass(() => true, true);
  pass(() => true, false);
  return order.flatMap((h) => planned.get(h.id) ?? []);
}

interface Candidate {
  cadre: PlanCadre;
  sameGrid: boolean;
  used: number;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.sameGrid !== b.sameGrid) return a.sameGrid;
  const share = a.used / a.cadre.capacity - b.used / b.cadre.capacity;
  if (share !== 0) return share < 0;
  if (a.used !== b.used) return a.used < b.used;
  return (cmp(a.cadre.name, b.cadre.name) || cmp(a.cadre.id, b.cadre.id)) < 0;
}

export const rejectionKey = (cadreId: string, householdId: string): string => `${cadreId}:${householdId}`;
