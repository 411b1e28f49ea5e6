// The module's route table (no imports: the routing tests read it in Node).
/** The pages of the module; `/admin` alone opens the first page the account may use. */
export const ROUTES = {
  home: '',
  accounts: 'accounts',
  'account-new': 'accounts/new',
  account: 'accounts/:id',
  security: 'security',
  audit: 'audit',
} as const;

export const BASE_PATH = '/admin';
