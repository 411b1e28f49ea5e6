/**
 * The region module's public API (divisions (省市县乡村) and their tree): other modules, schema.ts, demo.ts and tests import
 * only this.
 */
export { regionModule } from './region.module.js';
export { Region, RegionLevel } from './region.entity.js';
