// Documents in household.graphql; their types are generated (`npm run codegen`).
import type { NodeOf } from '@xiangzhi/platform';
import type {
  GovernanceGridMoveFragment,
  GovernanceHouseholdQuery,
  GovernanceHouseholdTagFragment,
  GovernanceMoveHouseholdMutation,
  GovernanceSetTagMutation,
  GovernanceUnmaskMutationVariables,
} from '../gql/graphql';

export {
  GovernanceHouseholdDocument as HOUSEHOLD_DETAIL_QUERY,
  GovernanceMoveHouseholdDocument as MOVE_HOUSEHOLD_MUTATION,
  GovernanceRemoveTagDocument as REMOVE_TAG_MUTATION,
  GovernanceSetTagDocument as SET_TAG_MUTATION,
  GovernanceUnmaskDocument as UNMASK_MUTATION,
  GovernanceUpdateHouseholdDocument as UPDATE_HOUSEHOLD_MUTATION,
} from '../gql/graphql';

export type HouseholdDetail = NonNullable<GovernanceHouseholdQuery['household']>;
/** `ageBand` ("60-69") is the only age hint besides the year when birthDate is withheld. */
export type ResidentDetail = HouseholdDetail['residents'][number];
export type HouseholdTagDetail = GovernanceHouseholdTagFragment;
export type CadreBrief = HouseholdDetail['pairedCadres'][number];
export type GridMove = GovernanceGridMoveFragment;
export type VisitBrief = NodeOf<HouseholdDetail['visits']>;
export type TagsResult = GovernanceSetTagMutation['setHouseholdTag'];
export type UnmaskVariables = GovernanceUnmaskMutationVariables;
export type MovedHousehold = GovernanceMoveHouseholdMutation['moveHousehold'];
