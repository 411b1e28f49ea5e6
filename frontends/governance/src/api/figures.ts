// Documents in figures.graphql; their types are generated (`npm run codegen`).
export {
  GovernanceCaseFiguresDocument as CASE_FIGURES_QUERY,
  GovernanceVillageBriefingDocument as VILLAGE_BRIEFING_QUERY,
  GovernanceTownshipReviewDocument as TOWNSHIP_REVIEW_QUERY,
  GovernanceVillageBriefingPdfDocument as VILLAGE_BRIEFING_PDF_QUERY,
  GovernanceTownshipReviewPdfDocument as TOWNSHIP_REVIEW_PDF_QUERY,
} from '../gql/graphql';
export type { GovernanceCaseFiguresQuery, GovernanceMeetingListFragment } from '../gql/graphql';
