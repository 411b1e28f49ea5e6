import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requirePrincipal, todayInChina } from '@xiangzhi/subgraph-kit';
import { Resident } from './resident.entity.js';
import { maySeePersonalData } from '../audit/index.js';
import type { GovernanceContext } from '../../context.js';

/** Whole years between a birth date and a day (both YYYY-MM-DD), or null when the date lies ahead. */
export function ageOn(birthDate: string, day: string): number | null {
  const age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** The ten-year band of an age: 60 → "60-69". */
export function ageBand(birthDate: string | null, day: string = todayInChina()): string | null {
  const age = birthDate ? ageOn(birthDate, day) : null;
  if (age == null) return null;
  const low = Math.floor(age / 10) * 10;
  return `${low}-${low + 9}`;
}

/**
 * The birth date is personal data: with it, a masked ID number (first and last four shown) has
 * only a handful of candidates left. Callers without PERSONAL_DATA_READ (county departments,
 * dashboards) get the year and the age band instead.
 */
@Resolver(() => Resident)
export class ResidentResolver {
  @FieldResolver(() => String, { nullable: true })
  birthDate(@Root() r: Resident, @Ctx() ctx: GovernanceContext): string | null {
    return maySeePersonalData(requirePrincipal(ctx)) ? r.birthDate : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '年龄段（按周岁，每十岁一段，如 60-69）；未登记出生日期时为空',
  })
  ageBand(@Root() r: Resident): string | null {
    return ageBand(r.birthDate);
  }
}
