// Documents in audit.graphql; their types are generated (`npm run codegen`).
import type { AdminAuditRecordsQuery, AuditAction } from '../gql/graphql';
import type { NodeOf } from '@xiangzhi/platform';

export {
  AdminAuditRecordsDocument as AUDIT_RECORDS_QUERY,
  AdminExportAuditRecordsDocument as EXPORT_AUDIT_QUERY,
} from '../gql/graphql';
export type { AuditAction } from '../gql/graphql';

/** The audited actions, in the order of the filter (every value of the schema's AuditAction). */
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
  'PUBLIC_CODE_REFUSED',
] as const satisfies readonly AuditAction[];

export type AuditRow = NodeOf<AdminAuditRecordsQuery['auditRecords']>;

/** The search of the audit page; every filter optional. */
export interface AuditFilter {
  actor: string | null;
  action: AuditAction | null;
  subjectId: string | null;
  /** RFC 3339 instants (start of the first day, end of the last day in China time). */
  from: string | null;
  to: string | null;
}
