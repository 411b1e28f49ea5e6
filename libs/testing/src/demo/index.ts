export * from './types.js';
export { generateDemoData, DEMO_REFERENCE_DATE } from './generate.js';
export type { DemoOptions } from './generate.js';
export { DEMO_PASSWORD } from './accounts.js';
export { PAIRING_CAPACITY } from './cadres.js';
export { MAX_HOUSEHOLDS_PER_GRID, HOUSEHOLDS_PER_VILLAGE, GRIDS_PER_VILLAGE } from './households.js';
export { DEMO_COUNTY, DEMO_TOWNSHIPS } from './territory.js';
export { DemoRandom, DemoIds, DEMO_ID_BASE_MS } from './random.js';
export { idCardCheckChar } from './identity.js';
