import type { Role } from '@xiangzhi/platform';
import type { PageName } from './routing';

// Mirrors the server's rules only to hide what a role cannot use: the server decides and its
// refusal (FORBIDDEN, in Chinese) is shown when the two disagree.
const READ_ONLY: readonly Role[] = ['COUNTY_DEPARTMENT', 'AUDITOR', 'API_CLIENT'];
const MANAGERS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'TOWNSHIP_LEADER', 'VILLAGE_SECRETARY', 'VILLAGE_COMMITTEE'];
const UNMASKERS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'VILLAGE_SECRETARY'];

const has = (roles: readonly Role[], wanted: readonly Role[]) => roles.some((role) => wanted.includes(role));

export function canWrite(roles: readonly Role[]): boolean {
  return roles.length > 0 && !roles.every((role) => READ_ONLY.includes(role));
}

export function isManager(roles: readonly Role[]): boolean {
  return has(roles, MANAGERS);
}

/** May ask for a plaintext ID number, phone or health note in the jurisdiction (each request is audited). */
export function canUnmask(roles: readonly Role[]): boolean {
  return has(roles, UNMASKERS);
}

/** May ask for a plaintext phone: also a cadre for the households paired with them (to call them). */
export function canUnmaskPhone(roles: readonly Role[]): boolean {
  return canUnmask(roles) || has(roles, ['CADRE', 'GRID_LEADER']);
}

/** A plain cadre or grid leader: their own households, visits first. */
export function isFieldWorker(roles: readonly Role[]): boolean {
  return !isManager(roles) && has(roles, ['CADRE', 'GRID_LEADER']);
}

export interface NavItem {
  page: Exclude<PageName, 'household' | 'not-found'>;
  labelKey: string;
}

const ALL_ITEMS: readonly NavItem[] = [
  { page: 'households', labelKey: 'gov.nav.households' },
  { page: 'visit-new', labelKey: 'gov.nav.visitNew' },
  { page: 'territory', labelKey: 'gov.nav.territory' },
  { page: 'pairing', labelKey: 'gov.nav.pairing' },
  { page: 'visits', labelKey: 'gov.nav.visits' },
  { page: 'import', labelKey: 'gov.nav.import' },
  { page: 'cards', labelKey: 'gov.nav.cards' },
];

/** The module's tabs for these roles: a field worker gets the register, visit entry and grids. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const write = canWrite(roles);
  const manager = isManager(roles);
  const countyDepartment = roles.includes('COUNTY_DEPARTMENT');
  return ALL_ITEMS.filter((item) => {
    switch (item.page) {
      case 'households':
        return true;
      case 'visit-new':
        return write;
      case 'territory':
        return manager || countyDepartment || roles.includes('GRID_LEADER');
      case 'pairing':
      case 'visits':
        return manager || countyDepartment;
      case 'import':
      case 'cards':
        return manager && write;
    }
  });
}

/** Whether a route may be opened by these roles (a deep link to a hidden tab shows a notice). */
export function canOpen(roles: readonly Role[], page: PageName): boolean {
  if (page === 'household' || page === 'not-found') return true;
  return navItemsFor(roles).some((item) => item.page === page);
}
