import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Case, CaseExtension } from './case.entity.js';
import { CaseTimelineEntry } from './case-timeline.entity.js';
import { CaseAction, CaseFlag, CaseSource } from './case.enums.js';
import { CaseService } from './case.service.js';
import { CaseTransitionService } from './case-transition.service.js';
import { CaseQueryService } from './case-query.service.js';
import { availableActions } from './case-rules.js';
import { factsOf } from './case-support.js';
import { CASE_ATTACHMENT_OWNER } from './case-after.js';
import { caseFlags, stalledDaysOf } from './case-flags.js';
import { RaiseCaseInput } from './dto/raise-case.input.js';
import { CaseTransitionInput } from './dto/case-transition.input.js';
import { CasesArgs, SimilarCasesArgs } from './dto/case.args.js';
import { Household, householdService } from '../household/index.js';
import { Grid } from '../grid/index.js';
import { Cadre } from '../cadre/index.js';
import { Region } from '../region/index.js';
import { Visit } from '../visit/index.js';
import { Attachment, AttachmentService } from '../attachment/index.js';
import type { GovernanceContext } from '../../context.js';

export const CaseConnection = connectionType(Case, 'Case', '民情事项');

const queries = (ctx: GovernanceContext): CaseQueryService => new CaseQueryService(ctx.em, requirePrincipal(ctx));

/** A per-request loader of rows by key (the case's grid, cadre, village): one statement for a whole list. */
function byKey<T extends object>(
  ctx: GovernanceContext,
  name: string,
  load: (keys: string[]) => Promise<T[]>,
  key: (row: T) => string,
) {
  return requestLoader(
    ctx,
    `case.${name}`,
    async (keys) => new Map((await load([...keys])).map((r) => [key(r), r])),
    null as T | null,
  );
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized()
  @Mutation(() => Case, {
    description: '登记民情事项（可由走访、巡查、服务单一步转来；填 duplicateOf 则关联到已有事项）',
  })
  raiseCase(@Arg('input', () => RaiseCaseInput) input: RaiseCaseInput, @Ctx() ctx: GovernanceContext): Promise<Case> {
    const principal = requirePrincipal(ctx);
    return ctx.em.transactional((tx) => CaseService.raise(principal, input, tx));
  }

  @Authorized()
  @Mutation(() => Case, { description: '办理民情事项：受理、交办、上报、退回、办结、反馈、销号等（带版本号）' })
  transitionCase(
    @Arg('input', () => CaseTransitionInput) input: CaseTransitionInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Case> {
    return new CaseTransitionService(ctx.em, requirePrincipal(ctx)).transition(input);
  }

  @Authorized()
  @Query(() => CaseConnection, { description: '民情台账（本人可见范围；红牌、黄牌在前，再按登记早晚）' })
  cases(@Args(() => CasesArgs) args: CasesArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Case>> {
    return queries(ctx).list(args.filter, args);
  }

  @Authorized()
  @Query(() => Case, { nullable: true, description: '一件民情事项（不存在或不在可见范围时为空）' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Case | null> {
    return queries(ctx).get(id);
  }

  @Authorized()
  @Query(() => CaseConnection, { description: '我的待办：等待本人办理的事项，红牌、黄牌和最早登记的在前' })
  myCaseQueue(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Case>> {
    return queries(ctx).myQueue(args);
  }

  @Authorized()
  @Query(() => [Case], { description: '查重：同一农户或地点、内容相近的未销号事项（最多 5 件）' })
  similarCases(@Args(() => SimilarCasesArgs) args: SimilarCasesArgs, @Ctx() ctx: GovernanceContext): Promise<Case[]> {
    return queries(ctx).similar(args);
  }

  @FieldResolver(() => Household, { nullable: true, description: '涉及的农户' })
  household(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    if (!c.household) return Promise.resolve(null);
    return requestLoader(
      ctx,
      'case.household',
      (ids) => householdService(ctx).getMany(ids),
      null as Household | null,
    ).load(c.household.id);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所属村' })
  village(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return byKey(
      ctx,
      'village',
      (codes) => ctx.em.find(Region, { code: { $in: codes } }),
      (r) => r.code,
    ).load(c.villageCode);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '所属网格' })
  grid(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    if (!c.grid) return Promise.resolve(null);
    return byKey(
      ctx,
      'grid',
      (ids) => ctx.em.find(Grid, { id: { $in: ids } }),
      (g) => g.id,
    ).load(c.grid.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: '所属网格编号' })
  gridId(@Root() c: Case): string | null {
    return c.grid?.id ?? null;
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '责任人' })
  responsible(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    if (!c.responsible) return Promise.resolve(null);
    return byKey(
      ctx,
      'cadre',
      (ids) => ctx.em.find(Cadre, { id: { $in: ids } }),
      (r) => r.id,
    ).load(c.responsible.id);
  }

  @FieldResolver(() => [CaseTimelineEntry], { description: '办理记录（早的在前）' })
  timeline(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<CaseTimelineEntry[]> {
    return requestLoader(ctx, 'case.timeline', (ids) => queries(ctx).timelines(ids), [] as CaseTimelineEntry[]).load(
      c.id,
    );
  }

  @FieldResolver(() => [String], { description: '一起办理的其他人（办理记录中的操作人，不含本人）' })
  participants(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<string[]> {
    return requestLoader(ctx, 'case.participants', (ids) => queries(ctx).participants(ids), [] as string[]).load(c.id);
  }

  @FieldResolver(() => [Attachment], { description: '照片附件' })
  attachments(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<Attachment[]> {
    return requestLoader(
      ctx,
      'case.attachments',
      (ids) => AttachmentService.attachmentsOf(ctx.em, CASE_ATTACHMENT_OWNER, ids),
      [] as Attachment[],
    ).load(c.id);
  }

  @FieldResolver(() => [CaseAction], { description: '本人现在可以执行的操作' })
  availableActions(@Root() c: Case, @Ctx() ctx: GovernanceContext): CaseAction[] {
    return availableActions(requirePrincipal(ctx), factsOf(c), new Date());
  }

  @FieldResolver(() => [CaseFlag], { description: '推拖绕标记：超期、多次退回或上报、长期无进展' })
  async flags(@Root() c: Case, @Ctx() ctx: GovernanceContext): Promise<CaseFlag[]> {
    const stalled = await requestLoader(ctx, 'case.stalledDays', (codes) => stalledDaysOf(ctx.em, codes), 10).load(
      c.villageCode,
    );
    return caseFlags(c, stalled, new Date());
  }

  @FieldResolver(() => CaseExtension, { nullable: true, description: '待审批的延期申请' })
  pendingExtension(@Root() c: Case): CaseExtension | null {
    if (c.extensionRequestDays == null) return null;
    return {
      days: c.extensionRequestDays,
      reason: c.extensionRequestReason ?? '',
      requestedBy: c.extensionRequestedBy ?? '',
      requestedAt: c.extensionRequestedAt ?? c.lastActivityAt,
    };
  }
}

@Resolver(() => Visit)
export class VisitCaseResolver {
  @FieldResolver(() => [Case], { description: '由这次走访登记或关联的民情事项' })
  cases(@Root() v: Visit, @Ctx() ctx: GovernanceContext): Promise<Case[]> {
    return requestLoader(ctx, 'visit.cases', (ids) => queries(ctx).linkedTo(CaseSource.VISIT, ids), [] as Case[]).load(
      v.id,
    );
  }
}

@Resolver(() => Household)
export class HouseholdCaseResolver {
  @FieldResolver(() => [Case], { description: '该户的民情事项（未销号的在前）' })
  cases(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Case[]> {
    return requestLoader(ctx, 'household.cases', (ids) => queries(ctx).ofHouseholds(ids), [] as Case[]).load(h.id);
  }
}
