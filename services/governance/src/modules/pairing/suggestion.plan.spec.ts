import { describe, expect, it } from 'vitest';
import { planPairings, PRIORITY_NONE, rejectionKey, type PlanCadre, type PlanHousehold } from './suggestion.plan.js';

const cadre = (id: string, gridIds: string[], capacity: number, load = 0): PlanCadre => ({
  id,
  name: id,
  gridIds: new Set(gridIds),
  capacity,
  load,
});
const household = (id: string, gridId: string | null, special: boolean | number = false): PlanHousehold => ({
  id,
  gridId,
  priority: special === true ? 3 : special === false ? PRIORITY_NONE : special,
  address: id,
});

describe('planPairings', () => {
  it('never takes a cadre over capacity and leaves the rest unplanned', () => {
    const plan = planPairings(
      [household('h1', 'g'), household('h2', 'g'), household('h3', 'g')],
      [cadre('a', ['g'], 3, 1)],
      new Set(),
    );
    expect(plan.map((p) => p.householdId)).toEqual(['h1', 'h2']);
    expect(plan.at(-1)).toMatchObject({ loadAfter: 3, capacity: 3 });
  });
  it('serves special-group households first when places are short', () => {
    const plan = planPairings([household('h1', 'g'), household('h2', 'g', true)], [cadre('a', ['g'], 1)], new Set());
    expect(plan).toEqual([expect.objectContaining({ householdId: 'h2', cadreId: 'a' })]);
  });
  it('prefers a cadre of the same grid, even a busier one, then spreads the load', () => {
    const cadres = [cadre('near', ['g1'], 10, 6), cadre('far', ['g2'], 10, 0)];
    const plan = planPairings([household('h1', 'g1'), household('h2', 'g3'), household('h3', 'g3')], cadres, new Set());
    expect(plan.map((p) => [p.householdId, p.cadreId, p.sameGrid])).toEqual([
      ['h1', 'near', true],
      ['h2', 'far', false],
      ['h3', 'far', false],
    ]);
    const spread = planPairings(
      [household('x1', null), household('x2', null)],
      [cadre('a', [], 10, 2), cadre('b', [], 10, 2)],
      new Set(),
    );
    expect(spread.map((p) => p.cadreId)).toEqual(['a', 'b']);
  });
  it('keeps a cadre for its own grid rather than using it up on another grid first', () => {
    const cadres = [cadre('north', ['n'], 1), cadre('south', ['s'], 2), cadre('free', [], 2)];
    const plan = planPairings(
      [household('n1', 'n'), household('n2', 'n'), household('n3', 'n'), household('s1', 's'), household('s2', 's')],
      cadres,
      new Set(),
    );
    expect(plan.filter((p) => p.cadreId === 'south').map((p) => p.householdId)).toEqual(['s1', 's2']);
    expect(plan.filter((p) => p.cadreId === 'free').map((p) => p.householdId)).toEqual(['n2', 'n3']);
  });
  it('skips a rejected pair and is deterministic', () => {
    const hs = [household('h1', 'g'), household('h2', 'g', true)];
    const cs = [cadre('a', ['g'], 5), cadre('b', ['g'], 5)];
    const rejected = new Set([rejectionKey('a', 'h2')]);
    const plan = planPairings(hs, cs, rejected);
    expect(plan.find((p) => p.householdId === 'h2')?.cadreId).toBe('b');
    expect(planPairings([...hs].reverse(), [...cs].reverse(), rejected)).toEqual(plan);
  });
  it('puts 低保五保, then 重病重残, then 空巢, then other special groups first when places are short', () => {
    const hs = [
      household('a-other', 'g', 3),
      household('b-none', 'g'),
      household('c-empty-nest', 'g', 2),
      household('d-illness', 'g', 1),
      household('e-dibao', 'g', 0),
    ];
    const plan = planPairings(hs, [cadre('a', ['g'], 3)], new Set());
    expect(plan.map((p) => p.householdId)).toEqual(['e-dibao', 'd-illness', 'c-empty-nest']);
  });
  it('covers every household the places allow, moving an earlier pick when a rejection blocks a later one', () => {
    // x may only take a; y may take either: picking a for y first would leave x out
    const hs = [household('y', null, 0), household('x', null, 1)];
    const plan = planPairings(hs, [cadre('a', [], 1), cadre('b', [], 1)], new Set([rejectionKey('b', 'x')]));
    expect(plan.map((p) => [p.householdId, p.cadreId])).toEqual([
      ['y', 'b'],
      ['x', 'a'],
    ]);
    const many = Array.from({ length: 30 }, (_, i) => household(`h${String(i).padStart(2, '0')}`, `g${i % 3}`, i % 5));
    const cadres = [cadre('p', ['g0'], 12, 2), cadre('q', ['g1'], 10), cadre('r', [], 10)];
    const rejected = new Set(many.filter((_, i) => i % 4 === 0).map((h) => rejectionKey('r', h.id)));
    const all = planPairings(many, cadres, rejected);
    expect(all).toHaveLength(30);
    for (const c of cadres)
      expect(all.filter((p) => p.cadreId === c.id).length + c.load).toBeLessThanOrEqual(c.capacity);
  });
});
