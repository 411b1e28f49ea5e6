import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  fileDownload,
  FileDownload,
  requestLoader,
  requirePrincipal,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';
import { Attachment, AttachmentService } from '../attachment/index.js';
import { Case } from '../case/index.js';
import { PatrolPlan } from './patrol-plan.entity.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { PatrolCheckIn } from './patrol-check-in.entity.js';
import { PatrolGridFigure, PatrolWindow } from './patrol-window.types.js';
import { PatrolPlanService, pointQrText } from './patrol-plan.service.js';
import { CHECK_IN_PHOTOS, PatrolCheckInService } from './patrol-check-in.service.js';
import { PatrolWindowService } from './patrol-window.service.js';
import { managesPlan } from './patrol.access.js';
import { formatClock } from './patrol-window.js';
import { renderPointPlates } from './patrol-codes.pdf.js';
import { CreatePatrolPlanInput, PatrolPointInput, UpdatePatrolPlanInput } from './dto/patrol-plan.input.js';
import { PatrolCheckInInput, PatrolFindingToCaseInput } from './dto/check-in.input.js';
import { PatrolCheckInsArgs, PatrolPlansArgs, PatrolWindowsArgs } from './dto/patrol.args.js';

export const PatrolPlanConnection = connectionType(PatrolPlan, 'PatrolPlan', '巡查计划');
export const PatrolCheckInConnection = connectionType(PatrolCheckIn, 'PatrolCheckIn', '巡查签到');

const plans = (ctx: GovernanceContext) => new PatrolPlanService(ctx.em, requirePrincipal(ctx));
const checkIns = (ctx: GovernanceContext) => new PatrolCheckInService(ctx.em, requirePrincipal(ctx));
const windows = (ctx: GovernanceContext) => new PatrolWindowService(ctx.em, requirePrincipal(ctx));
const pointById = (ctx: GovernanceContext, id: string) =>
  requestLoader(
    ctx,
    'patrol.point',
    async (ids) => {
      const rows = await ctx.em.find(PatrolPoint, { id: { $in: [...ids] } }, { populate: ['plan'] });
      return new Map(rows.map((p) => [p.id, p]));
    },
    null as PatrolPoint | null,
  ).load(id);

@Resolver(() => PatrolPlan)
export class PatrolPlanResolver {
  @Authorized()
  @Query(() => PatrolPlanConnection, { description: '巡查计划（本人管辖范围；网格长、党员为本人网格和全村计划）' })
  patrolPlans(@Args(() => PatrolPlansArgs) args: PatrolPlansArgs, @Ctx() ctx: GovernanceContext) {
    return plans(ctx).list(args);
  }

  @Authorized()
  @Query(() => PatrolPlan, { nullable: true, description: '一个巡查计划（不存在或不在管辖范围内为空）' })
  patrolPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<PatrolPlan | null> {
    return plans(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => PatrolPlan, { description: '制定巡查计划（网格或全村）' })
  createPatrolPlan(
    @Arg('input', () => CreatePatrolPlanInput) input: CreatePatrolPlanInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return plans(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => PatrolPlan, { description: '修改巡查计划：名称、类别、启用或停用（带版本号）' })
  updatePatrolPlan(
    @Arg('input', () => UpdatePatrolPlanInput) input: UpdatePatrolPlanInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return plans(ctx).update(input);
  }

  @Authorized()
  @Mutation(() => PatrolPoint, { description: '新增（填 planId，排在路线末尾）或修改（填 id 和版本号）巡查点位' })
  savePatrolPoint(@Arg('input', () => PatrolPointInput) input: PatrolPointInput, @Ctx() ctx: GovernanceContext) {
    return plans(ctx).savePoint(input);
  }

  @Authorized()
  @Mutation(() => [PatrolPoint], { description: '调整巡查路线顺序：按新顺序列出计划的全部点位' })
  reorderPatrolPoints(
    @Arg('planId', () => ID) planId: string,
    @Arg('pointIds', () => [ID]) pointIds: string[],
    @Ctx() ctx: GovernanceContext,
  ) {
    return plans(ctx).reorder(planId, pointIds);
  }

  @Authorized()
  @Query(() => FileDownload, { description: '打印计划全部点位的签到二维码（PDF，A4 每页 6 个）' })
  async patrolPointCodes(@Arg('planId', () => ID) planId: string, @Ctx() ctx: GovernanceContext) {
    const { plan, points } = await plans(ctx).forPrinting(planId);
    const pdf = await renderPointPlates(
      points.map((p) => ({
        planName: plan.name,
        pointName: `${p.seq}. ${p.name}`,
        window: `${p.weekday ? `每周${'一二三四五六日'[p.weekday - 1]} ` : '每天 '}${formatClock(p.windowStartMin)}–${formatClock(p.windowEndMin)}`,
        qrText: pointQrText(p.qrToken),
        token: p.qrToken,
      })),
      `${plan.name} 点位二维码`,
    );
    return fileDownload(`${plan.name}-点位二维码.pdf`, 'application/pdf', pdf);
  }

  @FieldResolver(() => [PatrolPoint], { description: '点位（按路线顺序）' })
  points(@Root() plan: PatrolPlan, @Ctx() ctx: GovernanceContext): Promise<PatrolPoint[]> {
    return requestLoader(ctx, 'patrol.points', (ids) => plans(ctx).pointsOf(ids), [] as PatrolPoint[]).load(plan.id);
  }
}

@Resolver(() => PatrolPoint)
export class PatrolPointResolver {
  @FieldResolver(() => String, { description: '时段开始（HH:MM）' })
  windowStart(@Root() p: PatrolPoint): string {
    return formatClock(p.windowStartMin);
  }

  @FieldResolver(() => String, { description: '时段结束（HH:MM）' })
  windowEnd(@Root() p: PatrolPoint): string {
    return formatClock(p.windowEndMin);
  }

  @FieldResolver(() => ID, { description: '所属计划编号' })
  planId(@Root() p: PatrolPoint): string {
    return p.plan.id;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '点位二维码内容（仅计划管理人可见，用于打印；签到时扫描现场的二维码）',
  })
  async qrCode(@Root() p: PatrolPoint, @Ctx() ctx: GovernanceContext): Promise<string | null> {
    const plan = p.plan.villageCode ? p.plan : await ctx.em.findOneOrFail(PatrolPlan, { id: p.plan.id });
    return managesPlan(requirePrincipal(ctx), plan) ? pointQrText(p.qrToken) : null;
  }
}

@Resolver(() => PatrolCheckIn)
export class PatrolCheckInResolver {
  @Authorized()
  @Mutation(() => PatrolCheckIn, { description: '巡查签到：扫点位二维码或手机定位（须在点位半径内）' })
  checkInPatrol(@Arg('input', () => PatrolCheckInInput) input: PatrolCheckInInput, @Ctx() ctx: GovernanceContext) {
    return checkIns(ctx).checkIn(input);
  }

  @Authorized()
  @Mutation(() => Case, { description: '巡查发现的问题一键转为民情事项（来源：巡查发现），双向关联' })
  convertPatrolFindingToCase(
    @Arg('input', () => PatrolFindingToCaseInput) input: PatrolFindingToCaseInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Case> {
    return checkIns(ctx).findingToCase(input);
  }

  @Authorized()
  @Query(() => PatrolCheckInConnection, { description: '巡查签到记录（新的在前）' })
  patrolCheckIns(
    @Args(() => PatrolCheckInsArgs) args: PatrolCheckInsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<PatrolCheckIn>> {
    return checkIns(ctx).list(args);
  }

  @Authorized()
  @Query(() => PatrolCheckIn, { nullable: true, description: '一次巡查签到' })
  patrolCheckIn(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<PatrolCheckIn | null> {
    return checkIns(ctx).get(id);
  }

  @FieldResolver(() => PatrolPoint, { description: '点位' })
  async point(@Root() c: PatrolCheckIn, @Ctx() ctx: GovernanceContext): Promise<PatrolPoint> {
    return (await pointById(ctx, c.point.id))!;
  }

  @FieldResolver(() => [Attachment], { description: '现场照片' })
  photos(@Root() c: PatrolCheckIn, @Ctx() ctx: GovernanceContext): Promise<Attachment[]> {
    return requestLoader(
      ctx,
      'patrol.photos',
      (ids) => AttachmentService.attachmentsOf(ctx.em, CHECK_IN_PHOTOS, ids),
      [] as Attachment[],
    ).load(c.id);
  }

  @FieldResolver(() => String, { description: '签到人' })
  async cadreName(@Root() c: PatrolCheckIn, @Ctx() ctx: GovernanceContext): Promise<string> {
    const name = await requestLoader(
      ctx,
      'patrol.cadreName',
      async (ids) => {
        const rows = await ctx.em
          .getConnection()
          .execute<{ id: string; name: string }[]>('select id, name from cadre where id in (?)', [[...ids]]);
        return new Map(rows.map((r) => [r.id, r.name]));
      },
      '',
    ).load(c.cadre.id);
    return name;
  }
}

@Resolver(() => PatrolWindow)
export class PatrolWindowResolver {
  @Authorized()
  @Query(() => [PatrolWindow], { description: '我今天（或某天）的巡查点位：时段与状态，按时间和路线排序' })
  myPatrolDay(
    @Arg('day', () => String, { nullable: true, description: '日期（YYYY-MM-DD），缺省为今天' }) day: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PatrolWindow[]> {
    return windows(ctx).myDay(day);
  }

  @Authorized()
  @Query(() => [PatrolWindow], { description: '巡查时段及其状态（按时、迟到、漏巡），某计划或点位，最多 62 天' })
  patrolWindows(@Args(() => PatrolWindowsArgs) args: PatrolWindowsArgs, @Ctx() ctx: GovernanceContext) {
    return windows(ctx).windows(args);
  }

  @Authorized()
  @Query(() => [PatrolGridFigure], { description: '各网格月度巡查统计：签到次数、迟到和漏巡' })
  patrolFigures(
    @Arg('month', () => String, { description: '月份（YYYY-MM）' }) month: string,
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
    regionCode: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PatrolGridFigure[]> {
    return windows(ctx).monthly(month, regionCode);
  }

  @FieldResolver(() => PatrolPoint, { description: '点位' })
  async point(@Root() w: PatrolWindow, @Ctx() ctx: GovernanceContext): Promise<PatrolPoint> {
    return (await pointById(ctx, w.pointId))!;
  }
}
