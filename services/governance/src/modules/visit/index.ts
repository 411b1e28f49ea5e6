// Public API of the visit module: visits and visit coverage.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { visitModule } from './visit.module.js';
export { loadVisitDemo } from './visit.demo.js';
export { Visit } from './visit.entity.js';
