/** Pure planning of 联户 suggestions: no database, so the rules can be read and tested on their own. */

export interface PlanHousehold {
  id: string;
  gridId: string | null;
  /** Lower goes first: 0 低保五保, 1 重病重残, 2 空巢, 3 other special groups, PRIORITY_NONE the rest. */
  priority: number;
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

/** The rank of a household with no special-group tag (or whose tags the caller may not see). */
export const PRIORITY_NONE = 9;

/**
 * Proposes a cadre for households in three passes, each in priority order (低保五保, 重病重残,
 * 空巢, other special groups, the rest), then grid and address: (1) special-group households, a
 * cadre of the same grid if one has room, any other otherwise; (2) the others, same-grid cadres
 * only, so no cadre is used up by another grid while its own grid waits; (3) the rest, any cadre
 * with room. Among the cadres allowed, the one with the lowest share of capacity used wins
 * (spreading the load), then fewer households, then name and id, so the same input always gives
 * the same plan. Rejected pairs are never proposed. A household that finds every allowed cadre
 * full moves an earlier planned household to another cadre with room when it can (an augmenting
 * path), so every household is covered whenever the places allow it.
 */
export function planPairings(
  households: readonly PlanHousehold[],
  cadres: readonly PlanCadre[],
  rejected: ReadonlySet<string>,
): PlannedPairing[] {
  const load = new Map(cadres.map((c) => [c.id, c.load]));
  const order = [...households].sort(
    (a, b) =>
      a.priority - b.priority ||
      cmp(a.gridId ?? '\uffff', b.gridId ?? '\uffff') ||
      cmp(a.address, b.address) ||
      cmp(a.id, b.id),
  );
  const planned = new Map<string, PlannedPairing>();
  const takenBy = new Map<string, Set<PlanHousehold>>(cadres.map((c) => [c.id, new Set()]));
  const allowed = (h: PlanHousehold, c: PlanCadre): boolean => !rejected.has(rejectionKey(c.id, h.id));
  const sameGridOf = (h: PlanHousehold, c: PlanCadre): boolean => h.gridId !== null && c.gridIds.has(h.gridId);
  const assign = (h: PlanHousehold, c: PlanCadre): void => {
    const before = planned.get(h.id);
    if (before) {
      takenBy.get(before.cadreId)!.delete(h);
      load.set(before.cadreId, load.get(before.cadreId)! - 1);
    }
    load.set(c.id, load.get(c.id)! + 1);
    takenBy.get(c.id)!.add(h);
    planned.set(h.id, {
      householdId: h.id,
      cadreId: c.id,
      sameGrid: sameGridOf(h, c),
      loadAfter: 0,
      capacity: c.capacity,
    });
  };
  // moves households along a chain of full cadres until one has room; true when h got a place
  const augment = (h: PlanHousehold, seen: Set<string>): boolean => {
    for (const c of cadres) {
      if (seen.has(c.id) || !allowed(h, c)) continue;
      seen.add(c.id);
      if (load.get(c.id)! < c.capacity) return (assign(h, c), true);
      for (const other of takenBy.get(c.id)!) {
        if (augment(other, seen)) return (assign(h, c), true);
      }
    }
    return false;
  };
  const pass = (which: (h: PlanHousehold) => boolean, sameGridOnly: boolean): void => {
    for (const h of order) {
      if (planned.has(h.id) || !which(h)) continue;
      let best: Candidate | null = null;
      for (const c of cadres) {
        const used = load.get(c.id)!;
        if (used >= c.capacity || !allowed(h, c)) continue;
        const sameGrid = sameGridOf(h, c);
        if (sameGridOnly && !sameGrid) continue;
        if (!best || better({ cadre: c, sameGrid, used }, best)) best = { cadre: c, sameGrid, used };
      }
      if (best) assign(h, best.cadre);
      else if (!sameGridOnly) augment(h, new Set());
    }
  };
  pass((h) => h.priority < PRIORITY_NONE, false);
  pass(() => true, true);
  pass(() => true, false);
  // the load after each pairing, counted in the order the list shows them
  const shown = new Map(cadres.map((c) => [c.id, c.load]));
  return order.flatMap((h) => {
    const p = planned.get(h.id);
    if (!p) return [];
    shown.set(p.cadreId, shown.get(p.cadreId)! + 1);
    return [{ ...p, loadAfter: shown.get(p.cadreId)! }];
  });
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
