// Documents in pairing.graphql; their types are generated (`npm run codegen`).
import type { NodeOf } from '@xiangzhi/platform';
import type {
  GovernanceCadreLoadQuery,
  GovernancePairingCoverageQuery,
  GovernancePairingRosterQuery,
  GovernancePairingSuggestionsQuery,
} from '../gql/graphql';

export {
  GovernanceAcceptSuggestionDocument as ACCEPT_SUGGESTION,
  GovernanceCadreLoadDocument as CADRE_LOAD_QUERY,
  GovernanceExportRosterDocument as EXPORT_ROSTER,
  GovernancePairingCoverageDocument as COVERAGE_QUERY,
  GovernancePairingRosterDocument as ROSTER_QUERY,
  GovernancePairingSuggestionsDocument as SUGGESTIONS_QUERY,
  GovernanceRejectSuggestionDocument as REJECT_SUGGESTION,
} from '../gql/graphql';

export type UnpairedHousehold = NodeOf<GovernancePairingCoverageQuery['pairingCoverage']['unpaired']>;
/** `special` is null for an account that may not see special groups (then not ranked by them either). */
export type Suggestion = GovernancePairingSuggestionsQuery['suggestPairings'][number];
export type CadreLoad = NodeOf<GovernanceCadreLoadQuery['cadres']>;
export type RosterRow = NodeOf<GovernancePairingRosterQuery['pairingRoster']>;
