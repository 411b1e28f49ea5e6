// Documents in cases.graphql; their types are generated (`npm run codegen`).
import type {
  GovernanceCaseDetailFragment,
  GovernanceCaseRowFragment,
  GovernanceCasesQueryVariables,
  GovernanceRaiseCaseMutationVariables,
  GovernanceSimilarCasesQuery,
  GovernanceTransitionCaseMutationVariables,
} from '../gql/graphql';

export {
  GovernanceCaseCadresDocument as CASE_CADRES_QUERY,
  GovernanceCaseDocument as CASE_QUERY,
  GovernanceCasesDocument as CASES_QUERY,
  GovernanceMyCaseQueueDocument as MY_CASE_QUEUE_QUERY,
  GovernanceRaiseCaseDocument as RAISE_CASE_MUTATION,
  GovernanceSimilarCasesDocument as SIMILAR_CASES_QUERY,
  GovernanceTransitionCaseDocument as TRANSITION_CASE_MUTATION,
  GovernanceUploadAttachmentDocument as UPLOAD_ATTACHMENT_MUTATION,
} from '../gql/graphql';

export type CaseRow = GovernanceCaseRowFragment;
export type CaseDetail = GovernanceCaseDetailFragment;
export type CaseFilter = NonNullable<GovernanceCasesQueryVariables['filter']>;
export type RaiseCaseInput = GovernanceRaiseCaseMutationVariables['input'];
export type CaseTransitionInput = GovernanceTransitionCaseMutationVariables['input'];
export type SimilarCase = GovernanceSimilarCasesQuery['similarCases'][number];

// The ledger's enums, as the generated types spell them.
export type CaseStatus = CaseRow['status'];
export type CaseLevel = CaseRow['level'];
export type CaseKind = CaseRow['kind'];
export type CaseDomain = CaseRow['domain'];
export type CaseSource = CaseRow['source'];
export type CaseAlert = CaseRow['alert'];
export type CaseFlag = CaseRow['flags'][number];
export type CaseAction = CaseDetail['availableActions'][number];
export type CaseCloseType = NonNullable<CaseDetail['closeType']>;
export type SatisfactionRating = NonNullable<CaseDetail['satisfaction']>;

// The enum values in the order the screens list them (labels: messages/cases.ts).
export const CASE_STATUSES: readonly CaseStatus[] = [
  'REPORTED',
  'ACCEPTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'ESCALATED',
  'RETURNED',
  'SUSPENDED',
  'RESOLVED',
  'CONFIRMED',
  'CLOSED',
];
export const CASE_LEVELS: readonly CaseLevel[] = ['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY'];
export const CASE_KINDS: readonly CaseKind[] = ['PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION'];
export const CASE_DOMAINS: readonly CaseDomain[] = [
  'INDUSTRY',
  'LIVELIHOOD',
  'GOVERNANCE',
  'INFRASTRUCTURE',
  'CADRE_CONDUCT',
];
export const CASE_SOURCES: readonly CaseSource[] = [
  'VISIT',
  'FORUM',
  'PATROL',
  'HOTLINE',
  'ONLINE_ORDER',
  'SUPERVISION',
];
export const CASE_FLAGS: readonly CaseFlag[] = ['OVERDUE', 'BOUNCED', 'STALLED'];
export const CLOSE_TYPES: readonly CaseCloseType[] = ['RESOLVED', 'EXPLAINED', 'PROJECT_PLANNED', 'PARTLY_RESOLVED'];
export const SATISFACTION_RATINGS: readonly SatisfactionRating[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];
