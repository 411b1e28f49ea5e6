import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { MeetingErrorCode, meetingError } from './meeting.errors.js';

/** Seed 003: 包村领导每年列席包联村说事会不少于4次，驻村帮扶工作队队员、驻村干部每月列席说事会. */
export const LIAISON_FORUMS_PER_YEAR = 4;

@ObjectType('VillageObserverRule', { description: '列席规则落实情况（每村每年）/ The observer rule of one village' })
export class VillageObserverRule {
  @Field(() => String, { description: '村区划代码（12 位）' })
  villageCode!: string;

  @Field(() => Int, { description: '年份' })
  year!: number;

  @Field(() => Int, { description: '本年已召开的说事会次数' })
  forumsHeld!: number;

  @Field(() => Int, { description: '包村领导列席的说事会次数（有包村领导到会的说事会）' })
  liaisonAttendances!: number;

  @Field(() => Int, { description: '包村领导每年应列席次数（4）' })
  liaisonRequired!: number;

  @Field(() => Boolean, { description: '包村领导列席是否达标（不少于 4 次）' })
  liaisonMet!: boolean;

  @Field(() => [Int], { description: '驻村工作队列席了说事会的月份' })
  workTeamMonths!: number[];

  @Field(() => [Int], { description: '应列席而未列席的月份（本年只算已过去的月份；本月列席后即计入）' })
  workTeamMissingMonths!: number[];

  @Field(() => Boolean, { description: '驻村工作队每月列席是否达标' })
  workTeamMet!: boolean;
}

/** The months a year asks the work team for: all twelve of a past year, the months before this one now. */
export function monthsDue(year: number, today: string): number[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = year < y ? 12 : year === y ? m - 1 : 0;
  return Array.from({ length: last }, (_, i) => i + 1);
}

export interface ObserverCounts {
  villageCode: string;
  forumsHeld: number;
  liaisonForums: number;
  workTeamMonths: number[];
}

/** The rule applied to one village's counts (pure: the board and its tests share it). */
export function observerRule(c: ObserverCounts, year: number, today: string): VillageObserverRule {
  const due = monthsDue(year, today);
  const covered = new Set(c.workTeamMonths);
  const missing = due.filter((m) => !covered.has(m));
  return Object.assign(new VillageObserverRule(), {
    villageCode: c.villageCode,
    year,
    forumsHeld: c.forumsHeld,
    liaisonAttendances: c.liaisonForums,
    liaisonRequired: LIAISON_FORUMS_PER_YEAR,
    liaisonMet: c.liaisonForums >= LIAISON_FORUMS_PER_YEAR,
    workTeamMonths: [...covered].sort((a, b) => a - b),
    workTeamMissingMonths: missing,
    workTeamMet: missing.length === 0,
  });
}

/**
 * Per village under `prefix`: held forums of the year (Beijing time), how many had a liaison leader
 * present, which months had the work team. Villages known to meetings (a forum or a forum day) are listed,
 * so a village that set its forum day but held none shows as not met. One statement.
 */
export async function observerRuleReport(
  em: EntityManager,
  prefix: string,
  year: number,
  now = new Date(),
): Promise<VillageObserverRule[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw meetingError(MeetingErrorCode.YEAR_INVALID);
  const from = `${year}-01-01T00:00:00+08:00`;
  const to = `${year + 1}-01-01T00:00:00+08:00`;
  const rows = await em.execute<
    { village_code: string; forums: number; liaison: number; work_months: number[] | null }[]
  >(
    `with villages as (
       select village_code from meeting where village_code like ? and length(village_code) = 12
       union select village_code from meeting_forum_day where village_code like ?
     ), forums as (
       select m.id, m.village_code, extract(month from m.date at time zone 'Asia/Shanghai')::int as month,
              bool_or(a.observer_kind = 'LIAISON_LEADER') as liaison, bool_or(a.observer_kind = 'WORK_TEAM') as team
       from meeting m left join meeting_attendance a
         on a.meeting_id = m.id and a.role = 'OBSERVER' and a.present and a.withdrawn_at is null
       where m.kind = 'VILLAGERS_FORUM' and m.status = 'HELD' and m.village_code like ?
         and m.date >= ?::timestamptz and m.date < ?::timestamptz
       group by m.id, m.village_code, m.date
     )
     select v.village_code, count(f.id)::int as forums, (count(f.id) filter (where f.liaison))::int as liaison,
            array_agg(distinct f.month) filter (where f.team) as work_months
     from villages v left join forums f on f.village_code = v.village_code
     group by v.village_code order by v.village_code`,
    [`${prefix}%`, `${prefix}%`, `${prefix}%`, from, to],
  );
  const today = todayInChina(now);
  return rows.map((r) =>
    observerRule(
      {
        villageCode: r.village_code,
        forumsHeld: r.forums,
        liaisonForums: r.liaison,
        workTeamMonths: (r.work_months ?? []).map(Number),
      },
      year,
      today,
    ),
  );
}
