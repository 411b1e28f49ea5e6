import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ArgMaxLength,
  FileDownload,
  PeerUnavailableError,
  callPeer,
  fileDownload,
  requestLoader,
  requirePrincipal,
  type Connection,
  type PeerContext,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { Meeting, RegionRef } from '../meeting/index.js';
import { Deliberation, DeliberationConnection, DeliberationRecord } from './deliberation.entity.js';
import { DeliberationStep } from './deliberation.enums.js';
import { DeliberationStepService } from './deliberation-steps.service.js';
import { DeliberationRuleService } from './deliberation-rule.service.js';
import { DeliberationStepRule } from './deliberation-rule.entity.js';
import { noticeTitle, renderNotice } from './deliberation.pdf.js';
import {
  DecideDeliberationFailureInput,
  DeliberationsArgs,
  OpenDeliberationInput,
  RecordDeliberationDisclosureInput,
  RecordDeliberationVoteInput,
} from './dto/deliberation.input.js';
import { SetDeliberationRuleInput } from './dto/deliberation-rule.input.js';

type Ctx = SubgraphContext & PeerContext;
const service = (ctx: Ctx): DeliberationStepService => new DeliberationStepService(ctx.em, requirePrincipal(ctx));
const rules = (ctx: Ctx): DeliberationRuleService => new DeliberationRuleService(ctx.em, requirePrincipal(ctx));

/** The village's name for the printed notice, asked of governance as the caller; '' when it cannot say. */
async function villageName(ctx: Ctx, code: string): Promise<string> {
  try {
    const answer = await callPeer<{ region: { name: string } | null }>(
      ctx,
      'governance',
      'query VillageName($code: String!) { region(code: $code) { name } }',
      { code },
    );
    return answer.data?.region?.name ?? '';
  } catch (e) {
    if (e instanceof PeerUnavailableError) return '';
    throw e;
  }
}

@Resolver(() => Deliberation)
export class DeliberationResolver {
  @Authorized()
  @Query(() => DeliberationConnection, { description: '“四议两公开”事项（限本人管辖范围），最新发起的在前' })
  deliberations(
    @Args(() => DeliberationsArgs) args: DeliberationsArgs,
    @Ctx() ctx: Ctx,
  ): Promise<Connection<Deliberation>> {
    return service(ctx).list(args);
  }

  @Authorized()
  @Query(() => Deliberation, { nullable: true, description: '按编号查“四议两公开”事项；不存在或不在管辖范围内时为空' })
  deliberation(@Arg('id', () => ID) id: string, @Ctx() ctx: Ctx): Promise<Deliberation | null> {
    return service(ctx).get(id);
  }

  @Authorized()
  @Query(() => FileDownload, {
    nullable: true,
    description: '打印公示（决议公开或实施结果公开，A4 PDF）；事项不存在或不在管辖范围内时为空',
  })
  async deliberationNoticePdf(
    @Arg('id', () => ID) id: string,
    @Arg('step', () => DeliberationStep) step: DeliberationStep,
    @Ctx() ctx: Ctx,
  ): Promise<FileDownload | null> {
    const notice = await service(ctx).notice(id, step);
    if (!notice) return null;
    const pdf = await renderNotice({ ...notice, villageName: await villageName(ctx, notice.deliberation.villageCode) });
    return fileDownload(`${noticeTitle(notice.deliberation, step)}.pdf`, 'application/pdf', pdf);
  }

  @Authorized()
  @Mutation(() => Deliberation, {
    description: '发起“四议两公开”：为说事会的公共重大事项，或单独发起（村干部、乡镇干部）',
  })
  openDeliberation(@Arg('input', () => OpenDeliberationInput) input: OpenDeliberationInput, @Ctx() ctx: Ctx) {
    return service(ctx).open(input);
  }

  @Authorized()
  @Mutation(() => Deliberation, {
    description: '登记当前表决环节：会议、应到和实到人数、赞成反对弃权票；按规则判定是否有效、是否通过',
  })
  recordDeliberationVote(
    @Arg('input', () => RecordDeliberationVoteInput) input: RecordDeliberationVoteInput,
    @Ctx() ctx: Ctx,
  ): Promise<Deliberation> {
    return service(ctx).recordVote(input);
  }

  @Authorized()
  @Mutation(() => Deliberation, { description: '登记当前公开环节：公示内容和公示起止日期' })
  recordDeliberationDisclosure(
    @Arg('input', () => RecordDeliberationDisclosureInput) input: RecordDeliberationDisclosureInput,
    @Ctx() ctx: Ctx,
  ): Promise<Deliberation> {
    return service(ctx).recordDisclosure(input);
  }

  @Authorized()
  @Mutation(() => Deliberation, {
    description: '环节未通过后：终止该事项，或退回到本环节或此前的表决环节（须写明理由）',
  })
  decideDeliberationFailure(
    @Arg('input', () => DecideDeliberationFailureInput) input: DecideDeliberationFailureInput,
    @Ctx() ctx: Ctx,
  ): Promise<Deliberation> {
    return service(ctx).decideFailure(input);
  }

  @Authorized()
  @Query(() => [DeliberationStepRule], {
    description:
      '“四议两公开”各环节对某区划适用的规则（缺省为本人区划）：村的设置优先于乡镇，乡镇优先于县，再到法定默认值',
  })
  @ArgMaxLength({ divisionCode: 12 })
  deliberationRules(
    @Arg('divisionCode', () => String, { nullable: true }) divisionCode: string | null,
    @Ctx() ctx: Ctx,
  ): Promise<DeliberationStepRule[]> {
    return rules(ctx).effective(divisionCode);
  }

  @Authorized()
  @Mutation(() => DeliberationStepRule, { description: '设置本辖区某环节的规则（县、乡镇管理员），不能低于法定要求' })
  setDeliberationRule(
    @Arg('input', () => SetDeliberationRuleInput) input: SetDeliberationRuleInput,
    @Ctx() ctx: Ctx,
  ): Promise<DeliberationStepRule> {
    return rules(ctx).set(input);
  }

  @Authorized()
  @Mutation(() => DeliberationStepRule, {
    description: '删除本辖区某环节的规则，恢复上级（或法定默认）规则，并返回现在适用的规则',
  })
  @ArgMaxLength({ divisionCode: 12 })
  resetDeliberationRule(
    @Arg('divisionCode', () => String) divisionCode: string,
    @Arg('step', () => DeliberationStep) step: DeliberationStep,
    @Ctx() ctx: Ctx,
  ): Promise<DeliberationStepRule> {
    return rules(ctx).reset(divisionCode, step);
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: '所在村（来自 governance 子图）' })
  village(@Root() d: Deliberation): RegionRef {
    return { code: d.villageCode };
  }

  /** The history, oldest first; every matter of a list in one statement. */
  @FieldResolver(() => [DeliberationRecord], { description: '办理记录（先后顺序，含已被退回重办的记录）' })
  records(@Root() d: Deliberation, @Ctx() ctx: Ctx): Promise<DeliberationRecord[]> {
    const s = service(ctx);
    return requestLoader(ctx, 'deliberation.records', (ids) => s.recordsOf(ids), [] as DeliberationRecord[]).load(d.id);
  }
}

@Resolver(() => DeliberationRecord)
export class DeliberationRecordResolver {
  /** The meetings of every record of a response in one statement; null for a notice. */
  @FieldResolver(() => Meeting, { nullable: true, description: '表决所在的会议' })
  meeting(@Root() r: DeliberationRecord, @Ctx() ctx: Ctx): Promise<Meeting | null> | null {
    if (!r.meetingId) return null;
    return requestLoader(
      ctx,
      'deliberationRecord.meeting',
      async (ids) => new Map((await ctx.em.find(Meeting, { id: { $in: [...ids] } })).map((m) => [m.id, m])),
      null as Meeting | null,
    ).load(r.meetingId);
  }
}
