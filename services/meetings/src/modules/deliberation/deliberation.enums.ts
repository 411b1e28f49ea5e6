import { registerEnumType } from 'type-graphql';

/** 四议两公开: the six steps, in the only order they may be taken (shared/GLOSSARY.md). */
export enum DeliberationStep {
  PARTY_PROPOSAL = 'PARTY_PROPOSAL',
  JOINT_DELIBERATION = 'JOINT_DELIBERATION',
  PARTY_REVIEW = 'PARTY_REVIEW',
  REPRESENTATIVES_RESOLUTION = 'REPRESENTATIVES_RESOLUTION',
  RESOLUTION_DISCLOSED = 'RESOLUTION_DISCLOSED',
  RESULT_DISCLOSED = 'RESULT_DISCLOSED',
}
export const STEP_ORDER: readonly DeliberationStep[] = Object.values(DeliberationStep);
export const STEP_LABELS: Record<DeliberationStep, string> = {
  PARTY_PROPOSAL: '党组织提议',
  JOINT_DELIBERATION: '两委会商议',
  PARTY_REVIEW: '党员大会审议',
  REPRESENTATIVES_RESOLUTION: '村民代表会议或村民会议决议',
  RESOLUTION_DISCLOSED: '决议公开',
  RESULT_DISCLOSED: '实施结果公开',
};
registerEnumType(DeliberationStep, {
  name: 'DeliberationStep',
  description: '“四议两公开”环节（按此顺序，不能跳过或颠倒）',
  valuesConfig: Object.fromEntries(STEP_ORDER.map((s) => [s, { description: STEP_LABELS[s] }])),
});

export const stepIndex = (s: DeliberationStep): number => STEP_ORDER.indexOf(s);
/** The four steps decided by a vote at a meeting; the last two are public notices. */
export const isVotingStep = (s: DeliberationStep): boolean =>
  stepIndex(s) <= stepIndex(DeliberationStep.REPRESENTATIVES_RESOLUTION);

export enum DeliberationStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_DECISION = 'AWAITING_DECISION',
  ENDED = 'ENDED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(DeliberationStatus, {
  name: 'DeliberationStatus',
  description: '“四议两公开”办理状态',
  valuesConfig: {
    IN_PROGRESS: { description: '办理中（等待当前环节）' },
    AWAITING_DECISION: { description: '本环节未通过，待决定终止或退回' },
    ENDED: { description: '已终止' },
    COMPLETED: { description: '六个环节均已完成' },
  },
});

export enum DeliberationOutcome {
  PASSED = 'PASSED',
  QUORUM_FAILED = 'QUORUM_FAILED',
  VOTE_FAILED = 'VOTE_FAILED',
  DISCLOSED = 'DISCLOSED',
}
registerEnumType(DeliberationOutcome, {
  name: 'DeliberationOutcome',
  description: '环节结果',
  valuesConfig: {
    PASSED: { description: '表决通过' },
    QUORUM_FAILED: { description: '到会人数不足，会议无效' },
    VOTE_FAILED: { description: '赞成票不足，未通过' },
    DISCLOSED: { description: '已公开' },
  },
});

export enum DeliberationFailureAction {
  END = 'END',
  RETURN = 'RETURN',
}
registerEnumType(DeliberationFailureAction, {
  name: 'DeliberationFailureAction',
  description: '环节未通过后的处理',
  valuesConfig: { END: { description: '终止该事项' }, RETURN: { description: '退回到此前（或本）环节重新办理' } },
});

export enum ThresholdComparison {
  MORE_THAN = 'MORE_THAN',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(ThresholdComparison, {
  name: 'ThresholdComparison',
  description: '比例的比较方式',
  valuesConfig: { MORE_THAN: { description: '超过（过半数）' }, AT_LEAST: { description: '不少于（含本数）' } },
});

export enum VoteBase {
  EXPECTED = 'EXPECTED',
  PRESENT = 'PRESENT',
}
registerEnumType(VoteBase, {
  name: 'VoteBase',
  description: '赞成票比例的计算基数',
  valuesConfig: { EXPECTED: { description: '应到会人数' }, PRESENT: { description: '实到会人数' } },
});
