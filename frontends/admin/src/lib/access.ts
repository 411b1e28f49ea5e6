import { hasPermission } from '@xiangzhi/platform';
import type { AdminPage } from './routing';

// Which pages and buttons the account's grants (`me.permissions`) open: the server decides every
// request again; this only hides what it would refuse. No role list here.
type Grants = readonly string[];

export type AdminTab = 'accounts' | 'security' | 'audit';

export interface AdminNavItem {
  tab: AdminTab;
  labelKey: string;
}

const ITEMS: readonly AdminNavItem[] = [
  { tab: 'accounts', labelKey: 'admin.nav.accounts' },
  { tab: 'security', labelKey: 'admin.nav.security' },
  { tab: 'audit', labelKey: 'admin.nav.audit' },
];

export const canReadAccounts = (grants: Grants): boolean =>
  hasPermission(grants, 'ACCOUNT_READ') || hasPermission(grants, 'ACCOUNT_MANAGE');
export const canManageAccounts = (grants: Grants): boolean => hasPermission(grants, 'ACCOUNT_MANAGE');
export const canAssignRoles = (grants: Grants): boolean => hasPermission(grants, 'ROLE_ASSIGN');
export const canUnlock = (grants: Grants): boolean => hasPermission(grants, 'ACCOUNT_UNLOCK');
export const canManageSecurity = (grants: Grants): boolean => hasPermission(grants, 'SECURITY_SETTINGS_MANAGE');
export const canReadAudit = (grants: Grants): boolean => hasPermission(grants, 'AUDIT_READ');
export const canExportAudit = (grants: Grants): boolean => hasPermission(grants, 'AUDIT_EXPORT');

export function navItemsFor(grants: Grants): AdminNavItem[] {
  return ITEMS.filter((item) => {
    switch (item.tab) {
      case 'accounts':
        return canReadAccounts(grants);
      case 'security':
        return canManageSecurity(grants);
      case 'audit':
        return canReadAudit(grants);
    }
  });
}

/** The tab a page sits under. */
export function tabOf(page: AdminPage): AdminTab | null {
  if (page === 'accounts' || page === 'account' || page === 'account-new') return 'accounts';
  if (page === 'security' || page === 'audit') return page;
  return null;
}

/** Whether the page may be opened with these grants (a deep link elsewhere shows a notice). */
export function canOpen(grants: Grants, page: AdminPage): boolean {
  if (page === 'home' || page === 'not-found') return true;
  if (page === 'account-new') return canManageAccounts(grants);
  const tab = tabOf(page);
  return tab !== null && navItemsFor(grants).some((item) => item.tab === tab);
}
