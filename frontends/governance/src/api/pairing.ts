import type { Connection } from '@xiangzhi/platform';
import { FILE_DOWNLOAD_FIELDS } from '../lib/files';
import type { TagKind } from './enums';

export interface UnpairedHousehold {
  id: string;
  headName: string;
  address: string;
  village: { code: string; name: string } | null;
  grid: { id: string; name: string } | null;
  tags: { tag: TagKind }[];
}

export interface PairingCoverageData {
  pairingCoverage: {
    regionCode: string;
    totalHouseholds: number;
    pairedHouseholds: number;
    unpairedHouseholds: number;
    /** null for an account that may not see special groups. */
    specialUnpaired: number | null;
    ratio: number;
    unpaired: Connection<UnpairedHousehold>;
  };
}

export const COVERAGE_QUERY = `query GovernancePairingCoverage($regionCode: String, $first: Int, $after: String) {
  pairingCoverage(regionCode: $regionCode) {
    regionCode totalHouseholds pairedHouseholds unpairedHouseholds specialUnpaired ratio
    unpaired(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id headName address village { code name } grid { id name } tags { tag } } }
    }
  }
}`;

export interface Suggestion {
  cadre: { id: string; name: string; post: string; pairedCount: number; capacity: number };
  household: {
    id: string;
    headName: string;
    address: string;
    grid: { id: string; name: string } | null;
    tags: { tag: TagKind }[];
  };
  reason: string;
  sameGrid: boolean;
  /** null for an account that may not see special groups (then not ranked by them either). */
  special: boolean | null;
}

export const SUGGESTIONS_QUERY = `query GovernancePairingSuggestions($villageCode: String!) {
  suggestPairings(villageCode: $villageCode) {
    reason sameGrid special
    cadre { id name post pairedCount capacity }
    household { id headName address grid { id name } tags { tag } }
  }
}`;

export const ACCEPT_SUGGESTION = `mutation GovernanceAcceptSuggestion($cadreId: ID!, $householdId: ID!) {
  acceptPairingSuggestion(cadreId: $cadreId, householdId: $householdId) { id startedOn }
}`;

export const REJECT_SUGGESTION = `mutation GovernanceRejectSuggestion($cadreId: ID!, $householdId: ID!, $reason: String) {
  rejectPairingSuggestion(cadreId: $cadreId, householdId: $householdId, reason: $reason)
}`;

export interface CadreLoad {
  id: string;
  name: string;
  post: string;
  kind: string;
  divisionCode: string;
  isLiaisonLeader: boolean;
  pairedCount: number;
  capacity: number;
  capacityMin: number;
  grid: { id: string; name: string } | null;
}

export const CADRE_LOAD_QUERY = `query GovernanceCadreLoad($regionCode: String, $first: Int, $after: String) {
  cadres(regionCode: $regionCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name post kind divisionCode isLiaisonLeader pairedCount capacity capacityMin grid { id name } } }
  }
}`;

export interface RosterRow {
  pairingId: string;
  township: string;
  village: string;
  grid: string | null;
  cadreName: string;
  cadrePost: string;
  cadrePhoneMasked: string | null;
  householdId: string;
  householdHead: string;
  householdAddress: string;
  startedOn: string;
}

export const ROSTER_QUERY = `query GovernancePairingRoster($regionCode: String, $first: Int, $after: String) {
  pairingRoster(regionCode: $regionCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { pairingId township village grid cadreName cadrePost cadrePhoneMasked householdId householdHead householdAddress startedOn } }
  }
}`;

export const EXPORT_ROSTER = `query GovernanceExportRoster($regionCode: String) { exportPairingRoster(regionCode: $regionCode) { ${FILE_DOWNLOAD_FIELDS} } }`;
