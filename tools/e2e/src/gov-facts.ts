// What the governance pages must show, computed from the demo county (generateDemoData(), the
// data npm start's seed step loads): villages, pairings, grids, search terms, ID numbers.
// Expected values never come from the page.
import { pinyin } from 'pinyin-pro';
import type { DemoCadre, DemoGrid, DemoHousehold, DemoPairing, HouseholdTagKind } from '@xiangzhi/testing/demo';
import { account, demo } from './demo-facts.js';

export interface VillageFacts {
  code: string;
  name: string;
  households: DemoHousehold[];
  /** Pairings of the village's households (cadres of the village or the township). */
  pairings: DemoPairing[];
  unpairedIds: Set<string>;
  /** Unpaired households with a special-group tag. */
  specialUnpaired: number;
  residents: number;
  grids: DemoGrid[];
}

/** The village of a village-level account (secretary_N, cadre_1 …). */
export function villageOf(username: string): VillageFacts {
  const code = account(username).divisionCode;
  const region = demo.regions.find((r) => r.code === code && r.level === 'VILLAGE');
  if (!region) throw new Error(`${username} is not a village account`);
  const households = demo.households.filter((h) => h.villageCode === code);
  const ids = new Set(households.map((h) => h.id));
  const pairings = demo.pairings.filter((p) => ids.has(p.householdId));
  const paired = new Set(pairings.map((p) => p.householdId));
  const unpaired = households.filter((h) => !paired.has(h.id));
  return {
    code,
    name: region.name,
    households,
    pairings,
    unpairedIds: new Set(unpaired.map((h) => h.id)),
    specialUnpaired: unpaired.filter((h) => (h.tags ?? []).length > 0).length,
    residents: households.reduce((n, h) => n + h.residents.length, 0),
    grids: demo.grids.filter((g) => g.villageCode === code),
  };
}

export function cadre(id: string): DemoCadre {
  const found = demo.cadres.find((c) => c.id === id);
  if (!found) throw new Error(`the demo data has no cadre ${id}`);
  return found;
}

/** The cadre record of an account. */
export function cadreOf(username: string): DemoCadre {
  const id = account(username).cadreId;
  if (!id) throw new Error(`${username} has no cadre record`);
  return cadre(id);
}

export function householdCountOf(grid: DemoGrid): number {
  return demo.households.filter((h) => h.gridId === grid.id).length;
}

/** The area grid's leader and the party members who serve round it (grid.demo.ts of the seed 004 rules). */
export function gridStaff(grid: DemoGrid): { leader: string | null; members: string[] } {
  const leader = grid.leaderCadreId ? cadre(grid.leaderCadreId).name : null;
  const members = demo.cadres.filter((c) => c.gridId === grid.id && c.id !== grid.leaderCadreId).map((c) => c.name);
  return { leader, members };
}

export function villagerGroupNames(villageCode: string): string[] {
  return (demo.villagerGroups ?? []).filter((g) => g.villageCode === villageCode).map((g) => g.name);
}

/** Households paired with each cadre (or in each grid) by pairings in force on the period's last day. */
export function pairedInPeriod(
  village: VillageFacts,
  periodEnd: string,
  by: 'cadre' | 'grid',
): Map<string, Set<string>> {
  const gridOf = new Map(village.households.map((h) => [h.id, h.gridId]));
  const result = new Map<string, Set<string>>();
  for (const p of village.pairings) {
    if (p.startedOn > periodEnd) continue;
    const key = by === 'cadre' ? p.cadreId : (gridOf.get(p.householdId) ?? '');
    const set = result.get(key) ?? new Set<string>();
    set.add(p.householdId);
    result.set(key, set);
  }
  return result;
}

// ---- search ----

export interface SearchCase {
  term: string;
  expectedIds: Set<string>;
}

const contains = (h: DemoHousehold, term: string): boolean =>
  h.headName.includes(term) || h.address.includes(term) || h.residents.some((r) => r.name.includes(term));

/** Households the register search finds for a name: head, member or address contains it. */
export function nameMatches(households: readonly DemoHousehold[], term: string): Set<string> {
  return new Set(households.filter((h) => contains(h, term)).map((h) => h.id));
}

/** Pinyin initials as people say a name: the surname in its surname reading (曾 zēng, 单 shàn). */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The initials when every character takes its most common reading (曾 céng). */
function plainInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Households with a head or member whose initials start with the term (what people type on a phone). */
export function initialsMatches(
  households: readonly DemoHousehold[],
  term: string,
  initials = nameInitials,
): Set<string> {
  return new Set(households.filter((h) => h.residents.some((r) => initials(r.name).startsWith(term))).map((h) => h.id));
}

const pageSized = (ids: Set<string>): boolean => ids.size >= 2 && ids.size <= 20;

/** A head's name (from the second half of the list) that finds 2–20 households: one page, more than the head. */
export function nameSearch(households: readonly DemoHousehold[]): SearchCase {
  for (const h of households.slice(Math.floor(households.length / 2))) {
    const ids = nameMatches(households, h.headName);
    if (pageSized(ids)) return { term: h.headName, expectedIds: ids };
  }
  const h = households[households.length - 1]!;
  return { term: h.headName, expectedIds: nameMatches(households, h.headName) };
}

/**
 * A head's pinyin initials that find 2–20 households. Chosen among names where a polyphonic
 * surname does not change the answer, so the case checks the search itself (surname readings
 * are a question of their own).
 */
export function initialsSearch(households: readonly DemoHousehold[]): SearchCase {
  for (const h of households.slice(Math.floor(households.length / 2))) {
    const term = nameInitials(h.headName);
    if (term.length < 3) continue;
    const ids = initialsMatches(households, term);
    const plain = initialsMatches(households, term, plainInitials);
    if (pageSized(ids) && ids.size === plain.size && [...ids].every((id) => plain.has(id)))
      return { term, expectedIds: ids };
  }
  throw new Error('no head in the demo data has initials that find 2–20 households');
}

// ---- ID numbers (GB 11643) ----

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643: 17 digits, a real birth date, the weighted check character (X upper case). */
export function isValidIdCard(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

/** A valid ID number for a birth date (YYYY-MM-DD) that no demo resident has. */
export function freshIdCard(county: string, birthDate: string, sex: 'MALE' | 'FEMALE'): string {
  const taken = allIdCards();
  for (let seq = sex === 'MALE' ? 901 : 900; seq < 1000; seq += 2) {
    const first17 = `${county}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
    const id = first17 + CHECK[sum % 11];
    if (!taken.has(id)) return id;
  }
  throw new Error(`no free ID number for ${county} ${birthDate}`);
}

let idCards: Set<string> | undefined;

/** Every demo resident's ID number. */
export function allIdCards(): Set<string> {
  idCards ??= new Set(demo.households.flatMap((h) => h.residents.map((r) => r.idCardNo ?? '')).filter(Boolean));
  return idCards;
}

/** Every demo resident's phone. */
export function allPhones(): Set<string> {
  return new Set(demo.households.flatMap((h) => h.residents.map((r) => r.phone ?? '')).filter(Boolean));
}

/** Mobile numbers no demo resident has. */
export function freshPhones(count: number): string[] {
  const taken = allPhones();
  const phones: string[] = [];
  for (let n = 1; phones.length < count; n++) {
    const phone = `1397411${String(n).padStart(4, '0')}`;
    if (!taken.has(phone)) phones.push(phone);
  }
  return phones;
}

/** The Chinese labels of the household tags (frontends/governance messages). */
export const TAG_ZH: Record<HouseholdTagKind, string> = {
  DIBAO: '低保户',
  WUBAO: '五保户',
  SERIOUS_ILLNESS_DISABILITY: '重病重残',
  EMPTY_NEST_ELDERLY: '空巢老人',
  LEFT_BEHIND_CHILD: '留守儿童',
  LEFT_BEHIND_WOMAN: '留守妇女',
  LEFT_BEHIND_ELDERLY: '留守老人',
  LIFTED_FROM_POVERTY: '脱贫户',
  MONITORED: '监测户',
};

/** Today in China (YYYY-MM-DD), the day a visit is recorded on. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The month before the current one in China: "2026-10" and its last day. */
export function previousMonth(now: Date = new Date()): { period: string; end: string } {
  const [y, m] = todayInChina(now).split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0));
  return { period: first.toISOString().slice(0, 7), end: last.toISOString().slice(0, 10) };
}
