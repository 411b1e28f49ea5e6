import { Role, type Principal } from '@xiangzhi/auth';
import type { DemoAccount, DemoDataset, DemoMeeting } from '@xiangzhi/testing';

/**
 * What the demo county should look like through the gateway, computed from the generated
 * dataset itself (never hard-coded), with the rules the services apply: scoping by division
 * code prefix, newest meetings first, leaderboard ranks shared on ties.
 */
export interface LeaderboardLine {
  rank: number;
  total: number;
  cadre: { name: string };
}

export function demoFacts(data: DemoDataset) {
  const account = (username: string): DemoAccount => {
    const found = data.accounts.find((a) => a.username === username);
    if (!found) throw new Error(`no demo account ${username}`);
    return found;
  };
  const region = (code: string) => {
    const found = data.regions.find((r) => r.code === code);
    if (!found) throw new Error(`no demo region ${code}`);
    return found;
  };
  const cadreName = new Map(data.cadres.map((c) => [c.id, c.name]));

  /** Sum of a cadre's ledger lines inside `prefix`. */
  const pointsTotal = (cadreId: string, prefix: string): number =>
    data.pointEntries
      .filter((e) => e.cadreId === cadreId && e.divisionCode.startsWith(prefix))
      .reduce((sum, e) => sum + e.points, 0);

  return {
    account,
    region,
    /** The principal a login as `username` yields (for hand-made tokens). */
    principal(username: string): Principal {
      const a = account(username);
      return {
        accountId: a.id,
        username: a.username,
        roles: a.roles.map((r) => Role[r]),
        divisionCode: a.divisionCode,
        gridIds: a.gridIds,
        cadreId: a.cadreId,
      };
    },
    childrenOf: (code: string) =>
      data.regions.filter((r) => r.parentCode === code).sort((a, b) => a.code.localeCompare(b.code)),
    householdCount: (prefix: string): number => data.households.filter((h) => h.villageCode.startsWith(prefix)).length,
    meetingCount: (prefix: string): number => data.meetings.filter((m) => m.villageCode.startsWith(prefix)).length,
    /** Meetings of a region, newest first (ties by id, as the service pages them). */
    newestMeetings(prefix: string, first: number): Pick<DemoMeeting, 'date' | 'title'>[] {
      return data.meetings
        .filter((m) => m.villageCode.startsWith(prefix))
        .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
        .slice(0, first)
        .map(({ date, title }) => ({ date: new Date(date).toISOString(), title }));
    },
    pointsTotal,
    /** A cadre of the division who has ledger lines there. */
    cadreWithPoints(divisionCode: string) {
      const cadre = data.cadres.find(
        (c) => c.divisionCode === divisionCode && data.pointEntries.some((e) => e.cadreId === c.id),
      );
      if (!cadre) throw new Error(`no cadre with points in ${divisionCode}`);
      return { ...cadre, total: pointsTotal(cadre.id, divisionCode) };
    },
    /** Ranked by total inside `prefix`; ties share a rank and the next skips (1, 2, 2, 4); ties ordered by id. */
    leaderboard(prefix: string, first: number): LeaderboardLine[] {
      const totals = new Map<string, number>();
      for (const e of data.pointEntries) {
        if (e.divisionCode.startsWith(prefix)) totals.set(e.cadreId, (totals.get(e.cadreId) ?? 0) + e.points);
      }
      const sorted = [...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return sorted.slice(0, first).map(([id, total]) => ({
        rank: 1 + sorted.filter(([, t]) => t > total).length,
        total,
        cadre: { name: cadreName.get(id) ?? '' },
      }));
    },
  };
}
