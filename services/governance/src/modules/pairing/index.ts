// Public API of the pairing module: 联户 pairing, coverage, suggestions and the roster.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { pairingModule } from './pairing.module.js';
export { ROSTER_HEADERS } from './roster.xlsx.js';
