// Documents in supervision.graphql; their types are generated (`npm run codegen`).
import type { GovernanceSupervisionTaskFragment, SupervisionStatus } from '../gql/graphql';

export {
  GovernanceConvertSupervisionDocument as CONVERT_SUPERVISION_MUTATION,
  GovernanceDecideSupervisionDocument as DECIDE_SUPERVISION_MUTATION,
  GovernanceIssueSupervisionDocument as ISSUE_SUPERVISION_MUTATION,
  GovernanceReportSupervisionDocument as REPORT_SUPERVISION_MUTATION,
  GovernanceSupervisionCardsDocument as SUPERVISION_CARDS_QUERY,
  GovernanceSupervisionTasksDocument as SUPERVISION_TASKS_QUERY,
} from '../gql/graphql';

export type SupervisionRow = GovernanceSupervisionTaskFragment;
export type { SupervisionStatus };
