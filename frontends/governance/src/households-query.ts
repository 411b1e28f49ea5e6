import type { GraphQLRequestError, NodeOf } from '@xiangzhi/platform';
import type { TagKind } from './api/enums';
import type { GovernanceHouseholdsQuery } from './gql/graphql';
import { canUnmask, canUnmaskPhone } from './lib/access';

export { GovernanceHouseholdsDocument as HOUSEHOLDS_QUERY } from './gql/graphql';

export type HouseholdRow = NodeOf<GovernanceHouseholdsQuery['households']>;
export type PairedCadre = HouseholdRow['pairedCadres'][number];

/** The register's filters; empty ones are sent as null (no filter). */
export interface HouseholdFilters {
  search: string;
  idCardNo: string;
  phone: string;
  /** Why the ID number / phone is looked up (查询事由): the lookup is an audited unmask. */
  lookupReason: string;
  tag: TagKind | null;
  gridId: string | null;
  unpaired: boolean;
  /** 我的农户: only the caller's own pairs. */
  mine: boolean;
}

export const EMPTY_FILTERS: HouseholdFilters = {
  search: '',
  idCardNo: '',
  phone: '',
  lookupReason: '',
  tag: null,
  gridId: null,
  unpaired: false,
  mine: false,
};

export function filterVariables(filters: HouseholdFilters): Record<string, string | boolean | null> {
  const idCardNo = filters.idCardNo.trim().toUpperCase() || null;
  const phone = filters.phone.replace(/\s|-/g, '') || null;
  return {
    search: filters.search.trim() || null,
    idCardNo,
    phone,
    // sent only with a lookup: a reason alone would be refused, and would mean nothing
    lookupReason: idCardNo || phone ? filters.lookupReason.trim() || null : null,
    tag: filters.tag,
    gridId: filters.gridId,
    unpaired: filters.unpaired ? true : null,
    mine: filters.mine ? true : null,
  };
}

/** Which exact lookups the account may use (each is an unmask on the server): the others are hidden. */
export function lookupsFor(grants: readonly string[]): { idCardNo: boolean; phone: boolean } {
  return { idCardNo: canUnmask(grants), phone: canUnmaskPhone(grants) };
}

/** The server's bounds for 查询事由 (services/governance household-lookup.ts). */
export const LOOKUP_REASON_MIN = 2;
export const LOOKUP_REASON_MAX = 200;

/** What is wrong with a reason before it is sent, or null when it may be sent. */
export function lookupReasonProblem(reason: string): 'required' | 'length' | null {
  const length = [...reason.trim()].length;
  if (length === 0) return 'required';
  return length < LOOKUP_REASON_MIN || length > LOOKUP_REASON_MAX ? 'length' : null;
}

export type LookupField = 'idCardNo' | 'phone' | 'lookupReason';

/** A refused lookup, shown at the filter it concerns (a rate limit at the reason) instead of over the list. */
export interface LookupError {
  field: LookupField;
  code: string;
  message: string;
}

const LOOKUP_FIELDS: readonly LookupField[] = ['idCardNo', 'phone', 'lookupReason'];

/** The register query's error as a lookup error, when it is one (bad ID, phone or reason, rate limit, refusal). */
export function lookupErrorOf(
  error: Pick<GraphQLRequestError, 'code' | 'field' | 'message'> | null,
  filters: HouseholdFilters,
): LookupError | null {
  if (!error) return null;
  const last = error.field?.split('.').pop() ?? null;
  const field = LOOKUP_FIELDS.find((name) => name === last);
  if (field) return { field, code: error.code, message: error.message };
  const looking = filters.idCardNo.trim() !== '' || filters.phone.trim() !== '';
  if (looking && (error.code === 'RATE_LIMITED' || error.code === 'FORBIDDEN')) {
    return { field: 'lookupReason', code: error.code, message: error.message };
  }
  return null;
}
