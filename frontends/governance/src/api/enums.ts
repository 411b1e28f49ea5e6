// Enum values of the governance schema (docs/api-register.md); labels live in messages/labels.ts.
export { HOUSEHOLD_TAG_KINDS as TAG_KINDS } from '@xiangzhi/auth/household-tags';
import type { HouseholdTagName } from '@xiangzhi/auth/household-tags';
export type TagKind = HouseholdTagName;

export const INCOME_BANDS = [
  'BELOW_10K',
  'FROM_10K_TO_30K',
  'FROM_30K_TO_60K',
  'FROM_60K_TO_100K',
  'ABOVE_100K',
] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

export const VISIT_METHODS = ['IN_PERSON', 'ONLINE', 'STAY_OVER', 'QUESTIONNAIRE'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

export type GridLevel = 'TOWNSHIP' | 'VILLAGE' | 'AREA';
export type GridRole = 'LEADER' | 'MEMBER';
export type Sex = 'MALE' | 'FEMALE';
export type UnmaskField = 'ID_CARD_NO' | 'PHONE' | 'HEALTH';
export type ImportStatus = 'VALIDATING' | 'VALIDATED' | 'IMPORTING' | 'DONE' | 'FAILED';
export type ImportMode = 'ALL_OR_NOTHING' | 'VALID_ONLY';
export type CoverageGroup = 'CADRE' | 'GRID' | 'VILLAGE' | 'TOWNSHIP';
