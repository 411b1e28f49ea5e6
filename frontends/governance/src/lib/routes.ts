// The module's route table (no imports: the routing tests read it in Node).
/** The pages of the module; `/governance` alone shows the household register. */
export const ROUTES = {
  households: ['households', ''],
  household: 'households/:id',
  'visit-new': 'visits/new?household',
  visits: 'visits',
  territory: 'territory',
  pairing: 'pairing',
  import: 'import',
  cards: 'cards',
  // 'cases/new' before 'cases/:id': the first pattern that matches wins.
  'case-new': 'cases/new?visit&household',
  case: 'cases/:id',
  cases: 'cases',
  figures: 'figures',
  meetings: 'meetings',
  todo: 'todo',
  'service-orders': 'orders',
  patrol: 'patrol',
  supervision: 'supervision',
  policies: 'policies',
  policy: 'policies/:id',
  'policy-gap': 'policy-gap',
  industry: 'industry',
} as const;

export const BASE_PATH = '/governance';
