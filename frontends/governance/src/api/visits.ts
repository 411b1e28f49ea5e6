// Documents in visits.graphql; their types are generated (`npm run codegen`).
import type {
  GovernanceRecordVisitMutationVariables,
  GovernanceVisitCoverageQuery,
  GovernanceVisitHouseholdOptionFragment,
  GovernanceVisitHouseholdQuery,
} from '../gql/graphql';
import type { CoverageGroup } from './enums';

export {
  GovernanceMeCadreDocument as ME_CADRE_QUERY,
  GovernanceMyHouseholdsDocument as MY_HOUSEHOLDS_QUERY,
  GovernanceNotVisitedDocument as NOT_VISITED_QUERY,
  GovernanceRecordVisitDocument as RECORD_VISIT_MUTATION,
  GovernanceVisitCoverageDocument as VISIT_COVERAGE_QUERY,
  GovernanceVisitHouseholdDocument as VISIT_HOUSEHOLD_QUERY,
  GovernanceVisitSearchDocument as SEARCH_HOUSEHOLDS_QUERY,
} from '../gql/graphql';

export type VisitHouseholdOption = GovernanceVisitHouseholdOptionFragment;
export type VisitHousehold = NonNullable<GovernanceVisitHouseholdQuery['household']>;
export type RecordVisitInput = GovernanceRecordVisitMutationVariables['input'];
export type CoverageRow = GovernanceVisitCoverageQuery['visitCoverage'][number];

export type { CoverageGroup };
