// Public API of the audit module: the audit log and the personal-data access rules.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { auditModule } from './audit.module.js';
export { AuditAction, AuditOutcome, AuditRecord } from './audit-record.entity.js';
export { AuditService, appendAuditRecord, escapeLike, requireReason } from './audit.service.js';
export type { AuditEntry } from './audit.service.js';
export { UNMASK_FIELD_LABELS, UnmaskField, maySeePersonalData, mayUnmask, mayUnmaskRegion } from './pii-access.js';
