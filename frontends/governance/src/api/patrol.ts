// Documents in patrol.graphql; their types are generated (`npm run codegen`).
import type { GovernanceMyPatrolDayQuery, GovernancePatrolPointFragment, PatrolWindowState } from '../gql/graphql';

export {
  GovernanceCheckInPatrolDocument as CHECK_IN_PATROL_MUTATION,
  GovernanceConvertPatrolFindingDocument as CONVERT_PATROL_FINDING_MUTATION,
  GovernanceCreatePatrolPlanDocument as CREATE_PATROL_PLAN_MUTATION,
  GovernanceMyPatrolDayDocument as MY_PATROL_DAY_QUERY,
  GovernancePatrolFiguresDocument as PATROL_FIGURES_QUERY,
  GovernancePatrolPlansDocument as PATROL_PLANS_QUERY,
  GovernancePatrolPointCodesDocument as PATROL_POINT_CODES_QUERY,
  GovernanceSavePatrolPointDocument as SAVE_PATROL_POINT_MUTATION,
  GovernanceUpdatePatrolPlanDocument as UPDATE_PATROL_PLAN_MUTATION,
} from '../gql/graphql';

export type PatrolPointRow = GovernancePatrolPointFragment;
export type PatrolWindowRow = GovernanceMyPatrolDayQuery['myPatrolDay'][number];
export type { PatrolWindowState };

export const PATROL_CATEGORIES = ['FIRE', 'FLOOD', 'INFRASTRUCTURE', 'KEY_PERSON', 'KEY_PLACE'] as const;
