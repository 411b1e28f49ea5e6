// What the browser must show, computed from the deterministic demo county (generateDemoData()),
// the same data npm start's seed step loads. Expected values never come from the page.
import { generateDemoData } from '@xiangzhi/testing/demo';
import type { DemoAccount, DemoDataset, DemoHousehold, MeetingKind } from '@xiangzhi/testing/demo';

/** The Chinese label of each meeting kind (shared/GLOSSARY.md, Meetings). */
export const MEETING_KIND_ZH: Record<MeetingKind, string> = {
  VILLAGERS_FORUM: '党群说事会',
  WEEKLY_BRIEFING: '民情碰头会',
  TOWNSHIP_REVIEW: '民情例会',
  COMMITTEE: '两委会议',
  PARTY_ASSEMBLY: '党员大会',
  REPRESENTATIVES_ASSEMBLY: '村民代表会议',
  ANNUAL_REVIEW: '组织生活会',
};

export interface LeaderboardTop {
  total: number;
  /** Every cadre sharing that total (ties share rank 1). */
  names: string[];
}

export interface AccountFacts {
  account: DemoAccount;
  /** The households the account may see, by id. */
  households: Map<string, DemoHousehold>;
  meetingIds: Set<string>;
  meetingKinds: Map<string, MeetingKind>;
  top: LeaderboardTop;
}

export const demo: DemoDataset = generateDemoData();

export function account(username: string): DemoAccount {
  const found = demo.accounts.find((a) => a.username === username);
  if (!found) throw new Error(`the demo data has no account "${username}"`);
  return found;
}

/**
 * The households an account sees (DESIGN.md, Access): division-wide roles see every household
 * under their division code; a cadre or grid leader sees the households paired with them and
 * those of their grids.
 */
export function visibleHouseholds(a: DemoAccount): Map<string, DemoHousehold> {
  const inDivision = demo.households.filter((h) => h.villageCode.startsWith(a.divisionCode));
  const divisionWide = a.roles.some((r) => r !== 'CADRE' && r !== 'GRID_LEADER');
  if (divisionWide) return new Map(inDivision.map((h) => [h.id, h]));
  const paired = pairedHouseholdIds(a);
  return new Map(inDivision.filter((h) => paired.has(h.id) || a.gridIds.includes(h.gridId)).map((h) => [h.id, h]));
}

export function pairedHouseholdIds(a: DemoAccount): Set<string> {
  return new Set(demo.pairings.filter((p) => p.cadreId === a.cadreId).map((p) => p.householdId));
}

/** Points ledger lines under the account's division, summed per cadre: the highest total. */
export function leaderboardTop(a: DemoAccount): LeaderboardTop {
  const totals = new Map<string, number>();
  for (const e of demo.pointEntries) {
    if (e.divisionCode.startsWith(a.divisionCode)) totals.set(e.cadreId, (totals.get(e.cadreId) ?? 0) + e.points);
  }
  const total = Math.max(...totals.values());
  const names = [...totals]
    .filter(([, t]) => t === total)
    .map(([id]) => demo.cadres.find((c) => c.id === id)?.name ?? id);
  return { total, names };
}

export function accountFacts(username: string): AccountFacts {
  const a = account(username);
  const meetings = demo.meetings.filter((m) => m.villageCode.startsWith(a.divisionCode));
  return {
    account: a,
    households: visibleHouseholds(a),
    meetingIds: new Set(meetings.map((m) => m.id)),
    meetingKinds: new Map(meetings.map((m) => [m.id, m.kind])),
    top: leaderboardTop(a),
  };
}

export interface SearchCase {
  term: string;
  /** Visible households whose head's name or address contains the term (the server's rule). */
  expectedIds: Set<string>;
}

/**
 * A head's name to search for: one that matches exactly one visible household, taken from the
 * second half of the list so that it is not simply on the first page.
 */
export function headNameSearch(households: Map<string, DemoHousehold>): SearchCase {
  const list = [...households.values()];
  const matches = (term: string): DemoHousehold[] =>
    list.filter((h) => h.headName.includes(term) || h.address.includes(term));
  for (const h of list.slice(Math.floor(list.length / 2))) {
    const found = matches(h.headName);
    if (found.length === 1) return { term: h.headName, expectedIds: new Set(found.map((f) => f.id)) };
  }
  throw new Error('no head name in the demo data matches exactly one household');
}
