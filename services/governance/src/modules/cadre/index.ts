// Public API of the cadre module: cadres, their pairings, capacity and grid posts.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { cadreModule } from './cadre.module.js';
export { activePairingCounts, effectiveCapacity, jurisdictionCapacities } from './cadre-capacity.js';
export { assertCanManage } from './cadre.access.js';
export { demoPhone, loadCadreDemo } from './cadre.demo.js';
export { Cadre, CadreKind } from './cadre.entity.js';
export { GridMember, GridRole } from './grid-member.entity.js';
export { loadGridDemo } from './grid.demo.js';
export { Pairing } from './pairing.entity.js';
