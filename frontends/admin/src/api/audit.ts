import type { Connection, FileDownload } from '@xiangzhi/platform';

/** The audited actions (the AuditAction enum of the governance schema). */
export const AUDIT_ACTIONS = [
  'UNMASK',
  'LOOKUP',
  'EXPORT',
  'IMPORT',
  'PERMISSION_CHANGE',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGOUT',
  'SESSION_REVOKED',
  'PASSWORD_CHANGE',
  'ACCOUNT_CREATE',
  'ACCOUNT_UPDATE',
  'ACCOUNT_DISABLE',
  'ACCOUNT_ENABLE',
  'PASSWORD_RESET',
  'ROLE_ASSIGN',
  'ACCOUNT_UNLOCK',
  'SETTINGS_CHANGE',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRow {
  id: string;
  at: string;
  action: AuditAction;
  outcome: 'SUCCESS' | 'FAILURE';
  actorId: string | null;
  actorName: string;
  clientAddress: string | null;
  subjectType: string;
  subjectId: string | null;
  divisionCode: string;
  reason: string;
  detail: string | null;
}

/** The search of the audit page; every filter optional. */
export interface AuditFilter {
  actor: string | null;
  action: AuditAction | null;
  subjectId: string | null;
  /** RFC 3339 instants (start of the first day, end of the last day in China time). */
  from: string | null;
  to: string | null;
}

export interface AuditData {
  auditRecords: Connection<AuditRow>;
}

const FILTER_VARIABLES = '$actor: String, $action: AuditAction, $subjectId: ID, $from: DateTime, $to: DateTime';
const FILTER_ARGUMENTS = 'actor: $actor, action: $action, subjectId: $subjectId, from: $from, to: $to';

export const AUDIT_RECORDS_QUERY = `query AdminAuditRecords(${FILTER_VARIABLES}, $first: Int, $after: String) {
  auditRecords(${FILTER_ARGUMENTS}, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at action outcome actorId actorName clientAddress subjectType subjectId divisionCode reason detail } }
  }
}`;

export interface AuditExportData {
  exportAuditRecords: FileDownload;
}

export const EXPORT_AUDIT_QUERY = `query AdminExportAuditRecords(${FILTER_VARIABLES}) {
  exportAuditRecords(${FILTER_ARGUMENTS}) { fileName contentType contentBase64 }
}`;
