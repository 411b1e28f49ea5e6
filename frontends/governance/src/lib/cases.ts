// The case ledger's rules on the screen (no React): which form an action opens, the clock's tone.
import type {
  CaseAction,
  CaseAlert,
  CaseCloseType,
  CaseDomain,
  CaseFilter,
  CaseFlag,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  CaseTransitionInput,
  SatisfactionRating,
} from '../api/cases';

/** A field of an action's small form. */
export type ActionField = 'reason' | 'cadre' | 'closeType' | 'result' | 'satisfaction' | 'feedback' | 'days';

export interface ActionForm {
  fields: readonly ActionField[];
  /** The server refuses these without a reason (escalate, return, suspend, reopen, extensions). */
  reasonRequired: boolean;
  /** Shown as a red button: it sends the case back or refuses. */
  danger: boolean;
}

const form = (fields: ActionField[], reasonRequired = false, danger = false): ActionForm => ({
  fields: [...fields, 'reason'],
  reasonRequired,
  danger,
});

export const ACTION_FORMS: Readonly<Record<CaseAction, ActionForm>> = {
  ACCEPT: form([]),
  ASSIGN: form(['cadre']),
  START: form([]),
  ESCALATE: form([], true),
  RETURN: form([], true, true),
  SUSPEND: form([], true),
  RESUME: form([]),
  RESOLVE: form(['closeType', 'result']),
  FEEDBACK: form(['satisfaction', 'feedback']),
  CLOSE: form([]),
  REOPEN: form([], true),
  REQUEST_EXTENSION: form(['days'], true),
  APPROVE_EXTENSION: form([]),
  REJECT_EXTENSION: form([], true, true),
};

export interface ActionValues {
  reason?: string;
  cadreId?: string;
  closeType?: CaseCloseType;
  result?: string;
  satisfaction?: SatisfactionRating;
  feedback?: string;
  days?: number;
}

const text = (value: string | undefined): string | null => value?.trim() || null;

/** The transitionCase input of an action: only the fields its form has, blanks as null. */
export function transitionInput(
  caseId: string,
  version: number,
  action: CaseAction,
  values: ActionValues,
): CaseTransitionInput {
  const has = (field: ActionField) => ACTION_FORMS[action].fields.includes(field);
  return {
    caseId,
    version,
    action,
    reason: has('reason') ? text(values.reason) : null,
    cadreId: has('cadre') ? (values.cadreId ?? null) : null,
    closeType: has('closeType') ? (values.closeType ?? null) : null,
    result: has('result') ? text(values.result) : null,
    satisfaction: has('satisfaction') ? (values.satisfaction ?? null) : null,
    feedback: has('feedback') ? text(values.feedback) : null,
    days: has('days') ? (values.days ?? null) : null,
  };
}

export type ClockTone = 'red' | 'yellow' | 'normal' | 'paused' | 'closed';

/** How the row's clock is shown: red when overdue (alert or days past), yellow on the yellow alert. */
export function clockTone(row: { alert: CaseAlert; daysRemaining?: number | null; status: string }): ClockTone {
  if (row.status === 'CLOSED') return 'closed';
  if (row.alert === 'RED' || (row.daysRemaining ?? 0) < 0) return 'red';
  if (row.alert === 'YELLOW') return 'yellow';
  if (row.status === 'SUSPENDED') return 'paused';
  return 'normal';
}

/** 'OPEN' = every status but CLOSED (the default), 'ALL' = any. */
export type StatusChoice = CaseStatus | 'OPEN' | 'ALL';

export interface CaseFilters {
  search: string;
  status: StatusChoice;
  level: CaseLevel | null;
  kind: CaseKind | null;
  domain: CaseDomain | null;
  source: CaseSource | null;
  flag: CaseFlag | null;
}

export const EMPTY_CASE_FILTERS: CaseFilters = {
  search: '',
  status: 'OPEN',
  level: null,
  kind: null,
  domain: null,
  source: null,
  flag: null,
};

/** The ledger's filters as the `cases` query takes them (search trimmed, blanks left out). */
export function caseFilterOf(filters: CaseFilters): CaseFilter {
  const search = filters.search.trim();
  return {
    search: search || null,
    open: filters.status === 'OPEN' ? true : null,
    statuses: filters.status === 'OPEN' || filters.status === 'ALL' ? null : [filters.status],
    level: filters.level,
    kind: filters.kind,
    domain: filters.domain,
    source: filters.source,
    flag: filters.flag,
  };
}
