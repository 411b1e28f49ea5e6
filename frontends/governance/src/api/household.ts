import type { Connection } from '@xiangzhi/platform';
import type { IncomeBand, Sex, TagKind, UnmaskField, VisitMethod } from './enums';

export interface ResidentDetail {
  id: string;
  name: string;
  relation: string;
  sex: Sex;
  birthDate: string | null;
  birthYear: number | null;
  /** Ten-year age band ("60-69"); the only age hint besides the year when birthDate is withheld. */
  ageBand: string | null;
  isHead: boolean;
  idCardMasked: string | null;
  phoneMasked: string | null;
  occupation: string | null;
  version: number;
}

export interface HouseholdTagDetail {
  tag: TagKind;
  setBy: string;
  setAt: string;
  note: string | null;
}

export interface CadreBrief {
  id: string;
  name: string;
  post: string;
  phoneMasked: string | null;
}

export interface GridMove {
  fromGrid: { id: string; name: string } | null;
  toGrid: { id: string; name: string } | null;
  movedAt: string;
  movedBy: string;
  reason: string | null;
}

export interface VisitBrief {
  id: string;
  visitedOn: string;
  method: VisitMethod;
  cadres: { id: string; name: string }[];
  family: string | null;
  production: string | null;
  living: string | null;
  difficulties: string | null;
  demands: string | null;
}

export interface HouseholdDetail {
  id: string;
  villageCode: string;
  village: { code: string; name: string } | null;
  grid: { id: string; name: string } | null;
  group: { id: string; name: string } | null;
  address: string;
  headName: string;
  memberCount: number;
  incomeBand: IncomeBand | null;
  productionSituation: string | null;
  livingSituation: string | null;
  difficulties: string | null;
  version: number;
  tags: HouseholdTagDetail[];
  residents: ResidentDetail[];
  pairedCadres: CadreBrief[];
  gridHistory: GridMove[];
  visits: Connection<VisitBrief>;
}

export const VISIT_BRIEF_FIELDS =
  'id visitedOn method cadres { id name } family production living difficulties demands';

export const HOUSEHOLD_DETAIL_QUERY = `query GovernanceHousehold($id: ID!) {
  household(id: $id) {
    id villageCode address headName memberCount incomeBand productionSituation livingSituation difficulties version
    village { code name }
    grid { id name }
    group { id name }
    tags { tag setBy setAt note }
    residents { id name relation sex birthDate birthYear ageBand isHead idCardMasked phoneMasked occupation version }
    pairedCadres { id name post phoneMasked }
    gridHistory { fromGrid { id name } toGrid { id name } movedAt movedBy reason }
    visits(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${VISIT_BRIEF_FIELDS} } } }
  }
}`;

export interface HouseholdDetailData {
  household: HouseholdDetail | null;
}

export interface SituationInput {
  id: string;
  version: number;
  address?: string;
  incomeBand?: IncomeBand | null;
  productionSituation?: string | null;
  livingSituation?: string | null;
  difficulties?: string | null;
}

export const UPDATE_HOUSEHOLD_MUTATION = `mutation GovernanceUpdateHousehold($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) { id version address incomeBand productionSituation livingSituation difficulties }
}`;

export const SET_TAG_MUTATION = `mutation GovernanceSetTag($householdId: ID!, $tag: HouseholdTagKind!, $note: String) {
  setHouseholdTag(householdId: $householdId, tag: $tag, note: $note) { id version tags { tag setBy setAt note } }
}`;

export const REMOVE_TAG_MUTATION = `mutation GovernanceRemoveTag($householdId: ID!, $tag: HouseholdTagKind!) {
  removeHouseholdTag(householdId: $householdId, tag: $tag) { id version tags { tag setBy setAt note } }
}`;

export interface TagsResult {
  id: string;
  version: number;
  tags: HouseholdTagDetail[];
}

export const UNMASK_MUTATION = `mutation GovernanceUnmask($id: ID!, $field: UnmaskField!, $reason: String!) {
  unmaskResident(id: $id, field: $field, reason: $reason)
}`;

export interface UnmaskVariables {
  id: string;
  field: UnmaskField;
  reason: string;
}

export const MOVE_HOUSEHOLD_MUTATION = `mutation GovernanceMoveHousehold($input: MoveHouseholdInput!) {
  moveHousehold(input: $input) { id version grid { id name } gridHistory { fromGrid { id name } toGrid { id name } movedAt movedBy reason } }
}`;

export type MovedHousehold = Pick<HouseholdDetail, 'id' | 'version' | 'grid' | 'gridHistory'>;
