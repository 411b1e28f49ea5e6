import { DeliberationOutcome, DeliberationStep, ThresholdComparison, VoteBase } from './deliberation.enums.js';

/** A share of a count: "more than 1/2", "at least 2/3". */
export interface Threshold {
  numerator: number;
  denominator: number;
  comparison: ThresholdComparison;
}

/** The rule of a voting step: who must attend, who must vote for, out of whom. */
export interface VoteRule {
  attendance: Threshold;
  pass: Threshold;
  passBase: VoteBase;
}

/** The rule of a step: a vote's quorum and pass share, or a notice's minimum posting days. */
export type StepRule = { vote: VoteRule; minPostingDays?: undefined } | { vote?: undefined; minPostingDays: number };

const MORE_THAN_HALF: Threshold = { numerator: 1, denominator: 2, comparison: ThresholdComparison.MORE_THAN };
const TWO_THIRDS: Threshold = { numerator: 2, denominator: 3, comparison: ThresholdComparison.AT_LEAST };

/**
 * The defaults, from the law (seed 003 only says "严格按照四议两公开程序"; it gives no numbers):
 * - 党组织提议 (支部委员会) and 两委会商议: more than half of the members present; a decision needs
 *   more than half of all members (应到) — 《中国共产党支部工作条例（试行）》 on the committee's decisions.
 * - 党员大会审议: more than half of the voting members present, and for votes more than half of the
 *   members entitled to attend (应到会有表决权的党员) — the same 条例, art. on 党员大会.
 * - 村民代表会议决议: at least two thirds of the representatives present, decided by more than half of those
 *   present — 《村民委员会组织法》 art. 26 (a 村民会议 under art. 22 is stricter on attendance: such a village sets it).
 * - 决议公开 / 实施结果公开: posted at least 7 days (the usual 村务公开 period; a setting).
 */
export const DEFAULT_RULES: Readonly<Record<DeliberationStep, StepRule>> = {
  PARTY_PROPOSAL: { vote: { attendance: MORE_THAN_HALF, pass: MORE_THAN_HALF, passBase: VoteBase.EXPECTED } },
  JOINT_DELIBERATION: { vote: { attendance: MORE_THAN_HALF, pass: MORE_THAN_HALF, passBase: VoteBase.EXPECTED } },
  PARTY_REVIEW: { vote: { attendance: MORE_THAN_HALF, pass: MORE_THAN_HALF, passBase: VoteBase.EXPECTED } },
  REPRESENTATIVES_RESOLUTION: { vote: { attendance: TWO_THIRDS, pass: MORE_THAN_HALF, passBase: VoteBase.PRESENT } },
  RESOLUTION_DISCLOSED: { minPostingDays: 7 },
  RESULT_DISCLOSED: { minPostingDays: 7 },
};

/** count reaches the share of base: exact integer arithmetic, no rounding. */
export function meets(count: number, base: number, t: Threshold): boolean {
  const lhs = count * t.denominator;
  const rhs = base * t.numerator;
  return t.comparison === ThresholdComparison.MORE_THAN ? lhs > rhs : lhs >= rhs;
}

export interface Tally {
  expected: number;
  present: number;
  votesFor: number;
}

/** The outcome of a vote under a rule: the quorum first (no quorum, no valid vote), then the pass share. */
export function judgeVote(rule: VoteRule, t: Tally): DeliberationOutcome {
  if (!meets(t.present, t.expected, rule.attendance)) return DeliberationOutcome.QUORUM_FAILED;
  const base = rule.passBase === VoteBase.EXPECTED ? t.expected : t.present;
  return meets(t.votesFor, base, rule.pass) ? DeliberationOutcome.PASSED : DeliberationOutcome.VOTE_FAILED;
}

/** -1, 0, 1 as a is looser than, as strict as, or stricter than b. */
function compareThreshold(a: Threshold, b: Threshold): number {
  const diff = a.numerator * b.denominator - b.numerator * a.denominator;
  if (diff !== 0) return Math.sign(diff);
  if (a.comparison === b.comparison) return 0;
  return a.comparison === ThresholdComparison.MORE_THAN ? 1 : -1;
}

/**
 * The statutory floor: a jurisdiction may ask more of its meetings than the law, never less. The pass
 * base counts too: a share of those expected is at least a share of those present.
 */
export function looserPart(rule: VoteRule, floor: VoteRule): 'attendance' | 'pass' | null {
  if (compareThreshold(rule.attendance, floor.attendance) < 0) return 'attendance';
  if (rule.passBase === VoteBase.PRESENT && floor.passBase === VoteBase.EXPECTED) return 'pass';
  if (compareThreshold(rule.pass, floor.pass) < 0) return 'pass';
  return null;
}

const share = (t: Threshold): string =>
  `${t.comparison === ThresholdComparison.MORE_THAN ? '超过' : '不少于'}${t.numerator}/${t.denominator}`;

/** The rule in words, as the page and the printed notice show it. */
export function describeRule(rule: StepRule): string {
  if (!rule.vote) return `公示不少于 ${rule.minPostingDays} 天`;
  const { attendance, pass, passBase } = rule.vote;
  const base = passBase === VoteBase.EXPECTED ? '应到人数' : '实到人数';
  return `到会人数${share(attendance)}应到人数；赞成票${share(pass)}${base}`;
}
