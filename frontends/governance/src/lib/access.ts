import type { Permission } from '@xiangzhi/platform';
import type { PageName } from './routing';

// Reads the server's grants (`me.permissions`, from the permission table in libs/auth) only to
// hide what the account cannot use: the server decides, and its refusal (FORBIDDEN, in Chinese)
// is shown when the two disagree. No role list here.
type Grants = readonly string[];

const has = (grants: Grants, permission: Permission): boolean => grants.includes(permission);

/** May change the register: household situations, tags. */
export function canWrite(grants: Grants): boolean {
  return has(grants, 'REGISTER_WRITE');
}

/** May write up a visit (民情日记). */
export function canRecordVisit(grants: Grants): boolean {
  return has(grants, 'VISIT_RECORD');
}

/** May move a household to another grid. */
export function canMoveHousehold(grants: Grants): boolean {
  return has(grants, 'HOUSEHOLD_MOVE');
}

/** May accept or reject pairing suggestions. */
export function canDecidePairing(grants: Grants): boolean {
  return has(grants, 'PAIRING_MANAGE');
}

/** May ask for a plaintext ID number, phone or health note in the jurisdiction (each request is audited). */
export function canUnmask(grants: Grants): boolean {
  return has(grants, 'PII_UNMASK');
}

/** May ask for a plaintext phone: also a cadre for the households paired with them (to call them). */
export function canUnmaskPhone(grants: Grants): boolean {
  return has(grants, 'PHONE_UNMASK');
}

/**
 * Works over the whole jurisdiction at a desk: the township or village office (arranges pairs)
 * or a reader who writes nothing (a county department). Cadres and grid leaders, whose grants
 * reach their own households only, get the phone-first register and visit entry instead.
 */
export function worksAtDesk(grants: Grants): boolean {
  return has(grants, 'PAIRING_MANAGE') || (has(grants, 'REGISTER_READ') && !has(grants, 'REGISTER_WRITE'));
}

/** May raise a case (登记民情), e.g. from a visit. */
export function canRaiseCase(grants: Grants): boolean {
  return has(grants, 'CASE_RAISE');
}

/** Pages reached from another page, never a tab. */
type SubPage = 'household' | 'case' | 'case-new' | 'policy' | 'not-found';

export interface NavItem {
  page: Exclude<PageName, SubPage>;
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
  { page: 'todo', labelKey: 'gov.nav.todo' },
  { page: 'cases', labelKey: 'gov.nav.cases' },
  { page: 'meetings', labelKey: 'gov.nav.meetings' },
  { page: 'figures', labelKey: 'gov.nav.figures' },
  { page: 'service-orders', labelKey: 'gov.nav.serviceOrders' },
  { page: 'patrol', labelKey: 'gov.nav.patrol' },
  { page: 'supervision', labelKey: 'gov.nav.supervision' },
  { page: 'policies', labelKey: 'gov.nav.policies' },
  { page: 'industry', labelKey: 'gov.nav.industry' },
];

/** The module's tabs for these grants. */
export function navItemsFor(grants: Grants): NavItem[] {
  const desk = worksAtDesk(grants);
  return ALL_ITEMS.filter((item) => {
    switch (item.page) {
      case 'households':
        return has(grants, 'REGISTER_READ');
      case 'visit-new':
        return canRecordVisit(grants);
      case 'territory':
      case 'pairing':
      case 'visits':
        return desk;
      case 'import':
        return has(grants, 'REGISTER_IMPORT');
      case 'cards':
        return desk && has(grants, 'CONTACT_CARD_PRINT');
      case 'todo':
        return canRaiseCase(grants) || has(grants, 'CASE_HANDLE');
      case 'cases':
        return has(grants, 'CASE_READ');
      case 'meetings':
        return desk && has(grants, 'CASE_READ');
      case 'figures':
        return desk && has(grants, 'AGGREGATE_READ');
      case 'service-orders':
        return has(grants, 'SERVICE_ORDER_READ');
      case 'patrol':
        return has(grants, 'PATROL_READ');
      case 'supervision':
        return has(grants, 'SUPERVISION_READ');
      case 'policies':
        return has(grants, 'POLICY_READ');
      case 'industry':
        return has(grants, 'INDUSTRY_READ');
    }
  });
}

/** Whether a route may be opened with these grants (a deep link to a hidden tab shows a notice). */
export function canOpen(grants: Grants, page: PageName): boolean {
  if (page === 'household' || page === 'not-found') return has(grants, 'REGISTER_READ');
  if (page === 'case') return has(grants, 'CASE_READ');
  if (page === 'case-new') return canRaiseCase(grants);
  if (page === 'policy' || page === 'policy-gap') return has(grants, 'POLICY_READ');
  return navItemsFor(grants).some((item) => item.page === page);
}

/** A cadre or grid leader in the field: opens the register on their own pairs (我的农户). */
export function landsOnOwnHouseholds(grants: Grants): boolean {
  return canWrite(grants) && !worksAtDesk(grants);
}
