import type { Connection } from '@xiangzhi/platform';
import type { CoverageGroup, TagKind, VisitMethod } from './enums';

export interface VisitHouseholdOption {
  id: string;
  headName: string;
  address: string;
  village: { code: string; name: string } | null;
  tags: { tag: TagKind }[];
}

const OPTION_FIELDS = 'id headName address village { code name } tags { tag }';

/** The caller's cadre record and the households paired with it (listed first). */
export const MY_HOUSEHOLDS_QUERY = `query GovernanceMyHouseholds {
  me { id cadre { id name households(first: 100) { totalCount edges { cursor node { ${OPTION_FIELDS} } } } } }
}`;

export interface MyHouseholdsData {
  me: { id: string; cadre: { id: string; name: string; households: Connection<VisitHouseholdOption> } | null };
}

/** Whether the caller has a cadre record (else they name the cadres of a visit). */
export const ME_CADRE_QUERY = `query GovernanceMeCadre { me { id cadre { id } } }`;

export interface MeCadreData {
  me: { id: string; cadre: { id: string } | null };
}

export const SEARCH_HOUSEHOLDS_QUERY = `query GovernanceVisitSearch($search: String, $first: Int) {
  households(search: $search, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${OPTION_FIELDS} } } }
}`;

export interface VisitHousehold {
  id: string;
  headName: string;
  address: string;
  version: number;
  productionSituation: string | null;
  livingSituation: string | null;
  difficulties: string | null;
  village: { code: string; name: string } | null;
  pairedCadres: { id: string; name: string; post: string }[];
}

export const VISIT_HOUSEHOLD_QUERY = `query GovernanceVisitHousehold($id: ID!) {
  household(id: $id) { id headName address version productionSituation livingSituation difficulties village { code name } pairedCadres { id name post } }
}`;

export interface RecordVisitInput {
  householdId: string;
  cadreIds: string[] | null;
  visitedOn: string;
  method: VisitMethod;
  family: string | null;
  production: string | null;
  living: string | null;
  difficulties: string | null;
  demands: string | null;
  updateHousehold: {
    version: number;
    productionSituation: string | null;
    livingSituation: string | null;
    difficulties: string | null;
  } | null;
}

export const RECORD_VISIT_MUTATION = `mutation GovernanceRecordVisit($input: RecordVisitInput!) {
  recordVisit(input: $input) { id visitedOn method }
}`;

export interface CoverageRow {
  key: string;
  name: string;
  paired: number;
  visited: number;
  ratio: number;
}

export const VISIT_COVERAGE_QUERY = `query GovernanceVisitCoverage($regionCode: String, $period: String!, $groupBy: VisitCoverageGroupBy!) {
  visitCoverage(regionCode: $regionCode, period: $period, groupBy: $groupBy) { key name paired visited ratio }
}`;

export interface VisitCoverageData {
  visitCoverage: CoverageRow[];
}

export interface NotVisitedRow {
  id: string;
  headName: string;
  address: string;
  village: { code: string; name: string } | null;
  grid: { id: string; name: string } | null;
  pairedCadres: { id: string; name: string }[];
  tags: { tag: TagKind }[];
}

export const NOT_VISITED_QUERY = `query GovernanceNotVisited($regionCode: String, $period: String!, $cadreId: ID, $first: Int, $after: String) {
  notVisited(regionCode: $regionCode, period: $period, cadreId: $cadreId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id headName address village { code name } grid { id name } pairedCadres { id name } tags { tag } } }
  }
}`;

export interface NotVisitedData {
  notVisited: Connection<NotVisitedRow>;
}

export type { CoverageGroup };
