import { Action, can, type Principal } from '@xiangzhi/auth';

/**
 * Who may export the register (the table's REGISTER_EXPORT): everyone who works with households,
 * and county departments (masked, without sensitive tags or full birth dates); not dashboards,
 * which see aggregates only, nor the 三员, who administer the system. Unmasking and sensitive
 * tags follow modules/audit/pii-access.ts.
 */
export const mayExportRegister = (p: Principal): boolean => can(p, Action.REGISTER_EXPORT);
