import type { Connection } from '@xiangzhi/platform';
import type { TagKind } from './api/enums';

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
  tags: { tag: TagKind }[];
}

export interface HouseholdsData {
  households: Connection<HouseholdRow>;
}

/** The register's filters; empty ones are sent as null (no filter). */
export interface HouseholdFilters {
  search: string;
  idCardNo: string;
  phone: string;
  tag: TagKind | null;
  gridId: string | null;
  unpaired: boolean;
}

export const EMPTY_FILTERS: HouseholdFilters = { search: '', idCardNo: '', phone: '', tag: null, gridId: null, unpaired: false };

export function filterVariables(filters: HouseholdFilters): Record<string, string | boolean | null> {
  return {
    search: filters.search.trim() || null,
    idCardNo: filters.idCardNo.trim().toUpperCase() || null,
    phone: filters.phone.replace(/\s|-/g, '') || null,
    tag: filters.tag,
    gridId: filters.gridId,
    unpaired: filters.unpaired ? true : null,
  };
}

export const HOUSEHOLD_ROW_FIELDS = `id headName address memberCount
  grid { id name }
  village { code name }
  pairedCadres { id name post }
  tags { tag }`;

export const HOUSEHOLDS_QUERY = `query GovernanceHouseholds($regionCode: String, $search: String, $idCardNo: String, $phone: String,
  $tag: HouseholdTagKind, $gridId: ID, $unpaired: Boolean, $first: Int, $after: String) {
  households(regionCode: $regionCode, search: $search, idCardNo: $idCardNo, phone: $phone, tag: $tag, gridId: $gridId,
    unpaired: $unpaired, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${HOUSEHOLD_ROW_FIELDS} } }
  }
}`;
