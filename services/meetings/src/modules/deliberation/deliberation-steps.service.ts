import type { EntityManager } from '@mikro-orm/postgresql';
import { charCount, hasControlChars, isCalendarDate, todayInChina } from '@xiangzhi/subgraph-kit';
import { MeetingKind, MeetingStatus, loadMeetingForWrite } from '../meeting/index.js';
import { Deliberation, DeliberationRecord } from './deliberation.entity.js';
import {
  DeliberationFailureAction,
  DeliberationOutcome,
  DeliberationStatus,
  DeliberationStep,
  STEP_LABELS,
  isVotingStep,
  stepIndex,
} from './deliberation.enums.js';
import { describeRule, judgeVote } from './deliberation.rules.js';
import { rulesInForce } from './deliberation-rule.service.js';
import { COUNT_MAX, NOTICE_MAX, REASON_MAX, deliberationInput, stepOrderInvalid } from './deliberation.errors.js';
import { DeliberationService, inForce, nextStep, requireText } from './deliberation.service.js';

export interface VoteInput {
  deliberationId: string;
  version: number;
  step: DeliberationStep;
  meetingId: string;
  expectedCount: number;
  presentCount: number;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}
export interface DisclosureInput {
  deliberationId: string;
  version: number;
  step: DeliberationStep;
  noticeText: string;
  postedFrom: string;
  postedTo: string;
}
export interface FailureDecision {
  deliberationId: string;
  version: number;
  action: DeliberationFailureAction;
  returnTo?: DeliberationStep | null;
  reason: string;
}

/** The meeting each voting step is taken at (GLOSSARY: 两委会议, 党员大会, 村民代表会议或村民会议). */
export const STEP_MEETING_KINDS: Partial<Record<DeliberationStep, readonly MeetingKind[]>> = {
  // the party branch proposes at its committee meeting (支委会, held as part of the 两委)
  PARTY_PROPOSAL: [MeetingKind.COMMITTEE],
  JOINT_DELIBERATION: [MeetingKind.COMMITTEE],
  PARTY_REVIEW: [MeetingKind.PARTY_ASSEMBLY],
  REPRESENTATIVES_RESOLUTION: [MeetingKind.REPRESENTATIVES_ASSEMBLY],
};
const KIND_LABELS: Record<string, string> = {
  COMMITTEE: '两委会议',
  PARTY_ASSEMBLY: '党员大会',
  REPRESENTATIVES_ASSEMBLY: '村民代表会议',
};
const DAY_MS = 24 * 60 * 60 * 1000;
// a notice is printed before it goes up: it may be recorded up to a month ahead
const MAX_POSTING_AHEAD_DAYS = 30;
const MAX_POSTING_DAYS = 366;

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
/** Beijing midnight of a calendar day: when a notice's posting starts. */
const chinaMidnight = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

function requireCount(field: string, value: number, label: string, min = 0): number {
  if (!Number.isInteger(value) || value < min || value > COUNT_MAX)
    throw deliberationInput(field, `${label}应为 ${min} 到 ${COUNT_MAX} 的整数`);
  return value;
}

/** The checks of a vote that need no database: whole numbers, votes ≤ present ≤ expected. */
export function validateTally(input: VoteInput): void {
  const expected = requireCount('expectedCount', input.expectedCount, '应到人数', 1);
  const present = requireCount('presentCount', input.presentCount, '实到人数');
  if (present > expected) throw deliberationInput('presentCount', '实到人数不能多于应到人数');
  const votes = [
    requireCount('votesFor', input.votesFor, '赞成票'),
    requireCount('votesAgainst', input.votesAgainst, '反对票'),
    requireCount('votesAbstain', input.votesAbstain, '弃权票'),
  ].reduce((a, b) => a + b, 0);
  if (votes > present) throw deliberationInput('votesFor', '赞成、反对、弃权票合计不能多于实到人数');
}

/** The six-step machine: a step only in its turn, a failure ended or returned by a person's decision. */
export class DeliberationStepService extends DeliberationService {
  constructor(
    em: EntityManager,
    principal: ConstructorParameters<typeof DeliberationService>[1],
    private readonly now: () => Date = () => new Date(),
  ) {
    super(em, principal);
  }

  /** The step must be the current one, and no failure may be waiting for its decision. */
  private inTurn(d: Deliberation, step: DeliberationStep, voting: boolean): void {
    if (d.status === DeliberationStatus.AWAITING_DECISION)
      throw stepOrderInvalid(d.currentStep, '上一环节未通过：请先决定终止或退回，再继续办理');
    if (step !== d.currentStep) throw stepOrderInvalid(d.currentStep);
    if (isVotingStep(step) !== voting)
      throw stepOrderInvalid(d.currentStep, `“${STEP_LABELS[step]}”${voting ? '是公开环节，不是表决' : '是表决环节'}`);
  }

  private history(tx: EntityManager, d: Deliberation): Promise<DeliberationRecord[]> {
    return tx.find(DeliberationRecord, { deliberation: d.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** 表决: a voting step at a held meeting of its kind in the matter's village, judged by the rule in force. */
  recordVote(input: VoteInput): Promise<Deliberation> {
    validateTally(input);
    return this.em.transactional(async (tx) => {
      const d = await this.forWriting(tx, input.deliberationId, input.version);
      this.inTurn(d, input.step, true);
      const meeting = await loadMeetingForWrite(tx, this.principal, input.meetingId, { field: 'meetingId' });
      if (meeting.villageCode !== d.villageCode) throw deliberationInput('meetingId', '会议不是本事项所在村的会议');
      const kinds = STEP_MEETING_KINDS[input.step] ?? [];
      if (!kinds.includes(meeting.kind))
        throw deliberationInput(
          'meetingId',
          `“${STEP_LABELS[input.step]}”应在${kinds.map((k) => KIND_LABELS[k]).join('或')}上表决`,
        );
      if (meeting.status !== MeetingStatus.HELD)
        throw deliberationInput('meetingId', '会议尚未召开：请先在会议页把它标记为已召开');
      const records = await this.history(tx, d);
      if (inForce(records).some((r) => r.meetingId === meeting.id))
        throw deliberationInput('meetingId', '这次会议已用于本事项的另一个环节');
      const last = records.at(-1);
      if (last && meeting.date < last.occurredAt)
        throw deliberationInput('meetingId', '会议时间早于上一环节：各环节须按顺序先后召开');
      const { rule } = (await rulesInForce(tx, d.villageCode))[input.step];
      const outcome = judgeVote(rule.vote!, {
        expected: input.expectedCount,
        present: input.presentCount,
        votesFor: input.votesFor,
      });
      tx.create(DeliberationRecord, {
        deliberation: d,
        step: input.step,
        outcome,
        occurredAt: meeting.date,
        meetingId: meeting.id,
        expectedCount: input.expectedCount,
        presentCount: input.presentCount,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        votesAbstain: input.votesAbstain,
        rule: describeRule(rule),
        recordedBy: this.principal.username,
      });
      if (outcome === DeliberationOutcome.PASSED) d.currentStep = nextStep(input.step);
      else d.status = DeliberationStatus.AWAITING_DECISION;
      await tx.flush();
      return d;
    });
  }

  /** 公开: the notice text and its posting days, at least the minimum in force, after the step before it. */
  recordDisclosure(input: DisclosureInput): Promise<Deliberation> {
    const noticeText = (input.noticeText ?? '').trim();
    if (charCount(noticeText) < 1 || charCount(noticeText) > NOTICE_MAX)
      throw deliberationInput('noticeText', `公示内容应为 1 到 ${NOTICE_MAX} 个字`);
    if (hasControlChars(noticeText, true))
      throw deliberationInput('noticeText', '公示内容不能包含控制字符（只允许换行和制表符）');
    const from = (input.postedFrom ?? '').trim();
    const to = (input.postedTo ?? '').trim();
    if (!isCalendarDate(from)) throw deliberationInput('postedFrom', '公示开始日应为有效日期，格式如 2026-03-01');
    if (!isCalendarDate(to)) throw deliberationInput('postedTo', '公示截止日应为有效日期，格式如 2026-03-08');
    const today = todayInChina(this.now());
    if (dayNumber(from) > dayNumber(today) + MAX_POSTING_AHEAD_DAYS)
      throw deliberationInput('postedFrom', `公示开始日最多可提前 ${MAX_POSTING_AHEAD_DAYS} 天登记`);
    if (dayNumber(to) - dayNumber(from) + 1 > MAX_POSTING_DAYS)
      throw deliberationInput('postedTo', `公示期不能超过 ${MAX_POSTING_DAYS} 天`);
    return this.em.transactional(async (tx) => {
      const d = await this.forWriting(tx, input.deliberationId, input.version);
      this.inTurn(d, input.step, false);
      const { rule } = (await rulesInForce(tx, d.villageCode))[input.step];
      const days = dayNumber(to) - dayNumber(from) + 1;
      if (days < rule.minPostingDays!)
        throw deliberationInput('postedTo', `公示期不少于 ${rule.minPostingDays} 天（含首尾两天），现为 ${days} 天`);
      const records = await this.history(tx, d);
      const last = records.at(-1);
      if (last && from < todayInChina(last.occurredAt))
        throw deliberationInput('postedFrom', '公示开始日不能早于上一环节的日期');
      const resolution = DeliberationService.latest(records, DeliberationStep.RESOLUTION_DISCLOSED);
      if (input.step === DeliberationStep.RESULT_DISCLOSED && resolution?.postedTo && from <= resolution.postedTo)
        throw deliberationInput('postedFrom', `实施结果应在决议公示期满（${resolution.postedTo}）之后公开`);
      tx.create(DeliberationRecord, {
        deliberation: d,
        step: input.step,
        outcome: DeliberationOutcome.DISCLOSED,
        occurredAt: chinaMidnight(from),
        noticeText,
        postedFrom: from,
        postedTo: to,
        rule: describeRule(rule),
        recordedBy: this.principal.username,
      });
      d.currentStep = nextStep(input.step);
      if (!d.currentStep) d.status = DeliberationStatus.COMPLETED;
      await tx.flush();
      return d;
    });
  }

  /** After a failed quorum or vote: end the matter, or return it to this or an earlier voting step. */
  decideFailure(input: FailureDecision): Promise<Deliberation> {
    const reason = requireText('reason', input.reason, REASON_MAX, '理由');
    if (input.action !== DeliberationFailureAction.END && input.action !== DeliberationFailureAction.RETURN)
      throw deliberationInput('action', '请选择终止或退回');
    return this.em.transactional(async (tx) => {
      const d = await this.forWriting(tx, input.deliberationId, input.version);
      if (d.status !== DeliberationStatus.AWAITING_DECISION || !d.currentStep)
        throw deliberationInput('action', '当前没有未通过的环节需要决定');
      const failedStep = d.currentStep;
      const records = await this.history(tx, d);
      const failed = DeliberationService.latest(records, failedStep)!;
      Object.assign(failed, {
        failureAction: input.action,
        failureReason: reason,
        decidedBy: this.principal.username,
        decidedAt: this.now(),
      });
      if (input.action === DeliberationFailureAction.END) {
        d.status = DeliberationStatus.ENDED;
        d.currentStep = null;
      } else {
        const back = input.returnTo;
        if (!back || !isVotingStep(back) || stepIndex(back) > stepIndex(failedStep))
          throw deliberationInput('returnTo', '只能退回到本环节或此前的表决环节');
        failed.returnedTo = back;
        // the steps from `back` on are taken again; their old records stay in the history, superseded
        for (const r of inForce(records)) if (stepIndex(r.step) >= stepIndex(back)) r.superseded = true;
        d.status = DeliberationStatus.IN_PROGRESS;
        d.currentStep = back;
      }
      await tx.flush();
      return d;
    });
  }
}
