// Documents in register-forms.graphql; their types are generated (`npm run codegen`).
import type { NodeOf } from '@xiangzhi/platform';
import type {
  GovernanceCadreOptionsQuery,
  GovernanceCadresQuery,
  GovernanceHouseholdPairingsQuery,
} from '../gql/graphql';

export {
  GovernanceAddResidentDocument as ADD_RESIDENT_MUTATION,
  GovernanceAssignGridMemberDocument as ASSIGN_GRID_MEMBER_MUTATION,
  GovernanceCadreOptionsDocument as CADRE_OPTIONS_QUERY,
  GovernanceCadresDocument as CADRES_QUERY,
  GovernanceCreateCadreDocument as CREATE_CADRE_MUTATION,
  GovernanceCreateGridDocument as CREATE_GRID_MUTATION,
  GovernanceCreateHouseholdDocument as CREATE_HOUSEHOLD_MUTATION,
  GovernanceCreateVillagerGroupDocument as CREATE_GROUP_MUTATION,
  GovernanceEndGridMemberDocument as END_GRID_MEMBER_MUTATION,
  GovernanceEndPairingDocument as END_PAIRING_MUTATION,
  GovernanceHouseholdPairingsDocument as HOUSEHOLD_PAIRINGS_QUERY,
  GovernancePairHouseholdDocument as PAIR_HOUSEHOLD_MUTATION,
  GovernanceRemoveResidentDocument as REMOVE_RESIDENT_MUTATION,
  GovernanceSwapPairingDocument as SWAP_PAIRING_MUTATION,
  GovernanceUpdateCadreDocument as UPDATE_CADRE_MUTATION,
  GovernanceUpdateGridDocument as UPDATE_GRID_MUTATION,
  GovernanceUpdateResidentDocument as UPDATE_RESIDENT_MUTATION,
  GovernanceVillagerGroupsDocument as VILLAGER_GROUPS_QUERY,
} from '../gql/graphql';

export type HouseholdPairing = NodeOf<GovernanceHouseholdPairingsQuery['pairings']>;
export type CadreOption = NodeOf<GovernanceCadreOptionsQuery['cadres']>;
export type CadreRow = NodeOf<GovernanceCadresQuery['cadres']>;
