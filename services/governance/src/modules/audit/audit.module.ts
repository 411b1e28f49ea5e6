import type { GovernanceModule } from '../../module.js';
import { AuditRecord } from './audit-record.entity.js';
import { AuditResolver } from './audit.resolver.js';

/** What the audit module adds to the governance subgraph. */
export const auditModule: GovernanceModule = {
  entities: [AuditRecord],
  resolvers: [AuditResolver],
  references: {},
};
