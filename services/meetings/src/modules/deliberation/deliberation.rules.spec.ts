import { describe, expect, it } from 'vitest';
import { DeliberationOutcome, ThresholdComparison, VoteBase } from './deliberation.enums.js';
import { DEFAULT_RULES, describeRule, judgeVote, looserPart, meets } from './deliberation.rules.js';

const { MORE_THAN, AT_LEAST } = ThresholdComparison;

describe('the quorum and pass rules', () => {
  it('"more than half" excludes half itself; "at least two thirds" includes it', () => {
    expect(meets(5, 10, { numerator: 1, denominator: 2, comparison: MORE_THAN })).toBe(false);
    expect(meets(6, 10, { numerator: 1, denominator: 2, comparison: MORE_THAN })).toBe(true);
    expect(meets(20, 30, { numerator: 2, denominator: 3, comparison: AT_LEAST })).toBe(true);
    expect(meets(19, 30, { numerator: 2, denominator: 3, comparison: AT_LEAST })).toBe(false);
  });

  it('the party assembly counts votes for against those expected, the representatives against those present', () => {
    const party = DEFAULT_RULES.PARTY_REVIEW.vote!;
    // 6 of 10 present, 5 for: more than half of those present, not of the 10 members
    expect(judgeVote(party, { expected: 10, present: 6, votesFor: 5 })).toBe(DeliberationOutcome.VOTE_FAILED);
    expect(judgeVote(party, { expected: 10, present: 6, votesFor: 6 })).toBe(DeliberationOutcome.PASSED);
    expect(judgeVote(party, { expected: 10, present: 5, votesFor: 5 })).toBe(DeliberationOutcome.QUORUM_FAILED);
    const reps = DEFAULT_RULES.REPRESENTATIVES_RESOLUTION.vote!;
    expect(judgeVote(reps, { expected: 30, present: 20, votesFor: 11 })).toBe(DeliberationOutcome.PASSED);
    expect(judgeVote(reps, { expected: 30, present: 20, votesFor: 10 })).toBe(DeliberationOutcome.VOTE_FAILED);
    expect(judgeVote(reps, { expected: 30, present: 19, votesFor: 19 })).toBe(DeliberationOutcome.QUORUM_FAILED);
  });

  it('a rule may be stricter than the law, never looser', () => {
    const floor = DEFAULT_RULES.REPRESENTATIVES_RESOLUTION.vote!;
    const rule = (n: number, d: number, comparison = AT_LEAST, passBase = VoteBase.PRESENT) => ({
      attendance: { numerator: n, denominator: d, comparison },
      pass: floor.pass,
      passBase,
    });
    expect(looserPart(rule(3, 4), floor)).toBeNull();
    expect(looserPart(rule(2, 3, MORE_THAN), floor)).toBeNull();
    expect(looserPart(rule(4, 6), floor)).toBeNull();
    expect(looserPart(rule(3, 5), floor)).toBe('attendance');
    expect(looserPart(rule(3, 4, AT_LEAST, VoteBase.EXPECTED), floor)).toBeNull();
    const party = DEFAULT_RULES.PARTY_REVIEW.vote!;
    expect(looserPart({ ...party, passBase: VoteBase.PRESENT }, party)).toBe('pass');
  });

  it('describes a rule in words', () => {
    expect(describeRule(DEFAULT_RULES.PARTY_REVIEW)).toBe('到会人数超过1/2应到人数；赞成票超过1/2应到人数');
    expect(describeRule(DEFAULT_RULES.RESULT_DISCLOSED)).toBe('公示不少于 7 天');
  });
});
