export interface PairedCadre {
  id: string;
  name: string;
  post: string;
}

export interface HouseholdRow {
  id: string;
  headName: string;
  address: string;
  memberCount: number;
  grid: { id: string; name: string } | null;
  village: { code: string; name: string } | null;
  pairedCadres: PairedCadre[];
}

export interface HouseholdsData {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: HouseholdRow }[];
  };
}

export const HOUSEHOLDS_QUERY = `query GovernanceHouseholds($regionCode: String, $search: String, $first: Int, $after: String) {
  households(regionCode: $regionCode, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id headName address memberCount
        grid { id name }
        village { code name }
        pairedCadres { id name post }
      }
    }
  }
}`;
