import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  fileDownload,
  FileDownload,
  requestLoader,
  requirePrincipal,
  todayInChina,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';
import { Attachment, AttachmentService } from '../attachment/index.js';
import { Case } from '../case/index.js';
import { Cadre } from '../cadre/index.js';
import { Region } from '../region/index.js';
import { SupervisionStatus, SupervisionTask } from './supervision-task.entity.js';
import { REPORT_PHOTOS, SupervisionService } from './supervision.service.js';
import { renderSupervisionCards } from './supervision-card.pdf.js';
import {
  DecideSupervisionInput,
  IssueSupervisionInput,
  ReportSupervisionInput,
  SupervisionTasksArgs,
  SupervisionToCaseInput,
} from './dto/supervision.input.js';

export const SupervisionTaskConnection = connectionType(SupervisionTask, 'SupervisionTask', '督办卡');

const tasks = (ctx: GovernanceContext) => new SupervisionService(ctx.em, requirePrincipal(ctx));
const STATUS: Record<SupervisionStatus, string> = {
  ISSUED: '已下发，待反馈',
  REPORTED: '已反馈，待验收',
  ACCEPTED: '已验收',
  RETURNED: '已退回，待重新反馈',
};

@Resolver(() => SupervisionTask)
export class SupervisionResolver {
  @Authorized()
  @Query(() => SupervisionTaskConnection, {
    description: '督办卡（管辖范围内下发或承办的；党员干部为下发给本人的），超期的在前，再按时限',
  })
  supervisionTasks(
    @Args(() => SupervisionTasksArgs) args: SupervisionTasksArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<SupervisionTask>> {
    return tasks(ctx).list(args);
  }

  @Authorized()
  @Query(() => SupervisionTask, { nullable: true, description: '一张督办卡（不存在或不在管辖范围内为空）' })
  supervisionTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<SupervisionTask | null> {
    return tasks(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => SupervisionTask, { description: '下发工作督办卡（县、乡镇管理员和包村领导）' })
  issueSupervision(
    @Arg('input', () => IssueSupervisionInput) input: IssueSupervisionInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return tasks(ctx).issue(input);
  }

  @Authorized()
  @Mutation(() => SupervisionTask, { description: '反馈督办卡（仅承办人本人；退回后可再次反馈）' })
  reportSupervision(
    @Arg('input', () => ReportSupervisionInput) input: ReportSupervisionInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return tasks(ctx).report(input);
  }

  @Authorized()
  @Mutation(() => SupervisionTask, { description: '验收或退回督办卡的反馈（下发单位）' })
  decideSupervision(
    @Arg('input', () => DecideSupervisionInput) input: DecideSupervisionInput,
    @Ctx() ctx: GovernanceContext,
  ) {
    return tasks(ctx).decide(input);
  }

  @Authorized()
  @Mutation(() => Case, { description: '督办反馈的问题一键转为民情事项（来源：督办任务），双向关联' })
  convertSupervisionToCase(
    @Arg('input', () => SupervisionToCaseInput) input: SupervisionToCaseInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Case> {
    return tasks(ctx).toCase(input);
  }

  @Authorized()
  @Query(() => FileDownload, { description: '打印工作督办卡（PDF，A4 每页 2 张）' })
  async supervisionCards(
    @Arg('taskIds', () => [ID], { description: '要打印的督办卡（最多 100 张）' }) taskIds: string[],
    @Ctx() ctx: GovernanceContext,
  ): Promise<FileDownload> {
    const found = (await Promise.all(taskIds.slice(0, 100).map((id) => tasks(ctx).get(id)))).filter(
      (t): t is SupervisionTask => t !== null,
    );
    const cadres = new Map(
      (await ctx.em.find(Cadre, { id: { $in: found.map((t) => t.cadre.id) } })).map((c) => [c.id, c]),
    );
    const regions = new Map(
      (await ctx.em.find(Region, { code: { $in: found.map((t) => t.issuerDivisionCode) } })).map((r) => [r.code, r]),
    );
    const pdf = await renderSupervisionCards(
      found.map((t) => {
        const cadre = cadres.get(t.cadre.id);
        return {
          title: t.title,
          content: t.content,
          cadre: cadre ? `${cadre.name}（${cadre.post}）` : '',
          issuer: regions.get(t.issuerDivisionCode)?.name ?? t.issuerDivisionCode,
          issuedOn: todayInChina(t.issuedAt),
          dueOn: t.dueOn,
          status: `${STATUS[t.status as SupervisionStatus]}${t.overdue ? '（已超期）' : ''}`,
          report: t.report,
          reportedOn: t.reportedAt ? todayInChina(t.reportedAt) : null,
          returnReason: t.status === 'RETURNED' ? t.returnReason : null,
        };
      }),
      '工作督办卡',
    );
    return fileDownload('工作督办卡.pdf', 'application/pdf', pdf);
  }

  @FieldResolver(() => Cadre, { description: '承办人' })
  async cadre(@Root() t: SupervisionTask, @Ctx() ctx: GovernanceContext): Promise<Cadre> {
    return (await requestLoader(
      ctx,
      'supervision.cadre',
      async (ids) => new Map((await ctx.em.find(Cadre, { id: { $in: [...ids] } })).map((c) => [c.id, c])),
      null as Cadre | null,
    ).load(t.cadre.id))!;
  }

  @FieldResolver(() => [Attachment], { description: '反馈照片' })
  photos(@Root() t: SupervisionTask, @Ctx() ctx: GovernanceContext): Promise<Attachment[]> {
    return requestLoader(
      ctx,
      'supervision.photos',
      (ids) => AttachmentService.attachmentsOf(ctx.em, REPORT_PHOTOS, ids),
      [] as Attachment[],
    ).load(t.id);
  }

  @FieldResolver(() => Boolean, { description: '当前用户是否为承办人（可反馈）' })
  mine(@Root() t: SupervisionTask, @Ctx() ctx: GovernanceContext): boolean {
    return t.cadre.id === requirePrincipal(ctx).cadreId;
  }
}
