import type { Connection } from '@xiangzhi/platform';
import { FILE_DOWNLOAD_FIELDS } from '../lib/files';

/** Households to choose for contact cards (searched by name, pinyin initials or address). */
export const HOUSEHOLD_OPTIONS_QUERY = `query GovernanceHouseholdOptions($regionCode: String, $search: String, $first: Int) {
  households(regionCode: $regionCode, search: $search, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id headName address } } }
}`;

export interface HouseholdOptionsData {
  households: Connection<{ id: string; headName: string; address: string }>;
}

/** One PDF: the chosen households, or a whole grid (with its lower grids). */
export const CARDS_QUERY = `query GovernanceContactCards($householdIds: [ID!], $gridId: ID) {
  contactCards(householdIds: $householdIds, gridId: $gridId) { ${FILE_DOWNLOAD_FIELDS} }
}`;
