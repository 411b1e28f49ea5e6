// Public API of the industry module (产业对接到户): household needs, resources, matches and follow-ups.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { industryModule } from './industry.module.js';
export { loadIndustryDemo } from './industry.demo.js';
export { IndustryNeed, IndustryNeedKind, IndustryNeedStatus, IndustryResource } from './industry.entity.js';
