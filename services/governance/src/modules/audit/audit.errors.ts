import { invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in an audit query or a reason for seeing personal data: `AUDIT_<FIELD>_INVALID`. */
export const auditInput = invalidInput('AUDIT');
