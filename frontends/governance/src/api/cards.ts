// Documents in cards.graphql; their types are generated (`npm run codegen`).
export {
  GovernanceContactCardsDocument as CARDS_QUERY,
  GovernanceHouseholdOptionsDocument as HOUSEHOLD_OPTIONS_QUERY,
} from '../gql/graphql';
