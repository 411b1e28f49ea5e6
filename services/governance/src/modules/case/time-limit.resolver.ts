import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ArgMaxLength, isUuid, requestLoader, requirePrincipal } from '@xiangzhi/subgraph-kit';
import type { Principal } from '@xiangzhi/auth';
import type { GovernanceContext } from '../../context.js';
import { Case } from './case.entity.js';
import { TimeLimit } from './time-limit.entity.js';
import { Holiday } from './holiday.entity.js';
import { CaseReminder } from './case-reminder.entity.js';
import { TimeLimitService } from './time-limit.service.js';
import { reminderNotFound } from './time-limit.errors.js';
import { daysRemaining, daysWaited } from './case-clock.js';
import { CaseRemindersArgs, SetHolidayInput, SetTimeLimitInput } from './dto/time-limit.input.js';

const limits = (ctx: GovernanceContext): TimeLimitService => new TimeLimitService(ctx.em, requirePrincipal(ctx));

@Resolver(() => TimeLimit)
export class TimeLimitResolver {
  @Authorized()
  @Query(() => [TimeLimit], {
    description: '办理时限表：各类别、层级、环节对本区划适用的黄牌和红牌时限（工作日），缺省为本人区划',
  })
  @ArgMaxLength({ divisionCode: 12 })
  timeLimits(
    @Arg('divisionCode', () => String, { nullable: true }) divisionCode: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<TimeLimit[]> {
    return limits(ctx).effective(divisionCode);
  }

  @Authorized()
  @Mutation(() => TimeLimit, { description: '设置本县（或其乡镇、村）的办理时限，只有县级管理员可以修改' })
  setTimeLimit(
    @Arg('input', () => SetTimeLimitInput) input: SetTimeLimitInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<TimeLimit> {
    return limits(ctx).set(input);
  }

  @Authorized()
  @Query(() => [Holiday], { description: '某年本县的节假日和调休上班日（全国安排加本县调整）' })
  holidays(@Arg('year', () => Int) year: number, @Ctx() ctx: GovernanceContext): Promise<Holiday[]> {
    return limits(ctx).holidays(year);
  }

  @Authorized()
  @Mutation(() => Holiday, { description: '设置本县的节假日或调休上班日（县级管理员）' })
  setHoliday(
    @Arg('input', () => SetHolidayInput) input: SetHolidayInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Holiday> {
    return limits(ctx).setHoliday(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除本县对某一天的节假日或调休设置（县级管理员）' })
  @ArgMaxLength({ date: 10 })
  removeHoliday(@Arg('date', () => String) date: string, @Ctx() ctx: GovernanceContext): Promise<boolean> {
    return limits(ctx).removeHoliday(date);
  }
}

const ownReminder = (p: Principal) => (p.cadreId ? { cadre: p.cadreId } : null);

@Resolver(() => CaseReminder)
export class CaseReminderResolver {
  @Authorized()
  @Query(() => [CaseReminder], { description: '我的时限提醒（新的在前）/ My deadline reminders' })
  async myCaseReminders(
    @Args(() => CaseRemindersArgs) args: CaseRemindersArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<CaseReminder[]> {
    const own = ownReminder(requirePrincipal(ctx));
    if (!own) return [];
    const first = Math.min(Math.max(args.first ?? 50, 1), 100);
    return ctx.em.find(
      CaseReminder,
      { ...own, ...(args.unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first },
    );
  }

  @Authorized()
  @Mutation(() => CaseReminder, { description: '把一条时限提醒标为已读' })
  async markCaseReminderRead(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<CaseReminder> {
    const own = ownReminder(requirePrincipal(ctx));
    const reminder = own && isUuid(id) ? await ctx.em.findOne(CaseReminder, { id, ...own }) : null;
    if (!reminder) throw reminderNotFound();
    reminder.readAt ??= new Date();
    await ctx.em.flush();
    return reminder;
  }

  @FieldResolver(() => Case, { nullable: true, description: '提醒的事项' })
  case(@Root() r: CaseReminder, @Ctx() ctx: GovernanceContext): Promise<Case | null> {
    return requestLoader(
      ctx,
      'caseReminder.case',
      async (ids) => new Map((await ctx.em.find(Case, { id: { $in: [...ids] } })).map((c) => [c.id, c])),
      null as Case | null,
    ).load(r.case.id);
  }
}

/** The clock's two counts on every case (working days; the holidays are read once per county and request). */
@Resolver(() => Case)
export class CaseClockFieldsResolver {
  @FieldResolver(() => Int, { description: '已等待的工作日数（自登记起，不含暂停计时的日子）' })
  daysWaited(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<number> {
    return daysWaited(ctx.em, c, new Date());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '距当前环节红牌时限还剩的工作日数（0 为最后一天，负数为已超期；暂停时不变）',
  })
  daysRemaining(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<number | null> {
    return daysRemaining(ctx.em, c, new Date());
  }
}
