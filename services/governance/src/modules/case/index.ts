// Public API of the case module: the 民情台账 case ledger.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { caseModule } from './case.module.js';
export { Case, CaseExtension } from './case.entity.js';
export { CaseLink, CaseTimelineEntry } from './case-timeline.entity.js';
export * from './case.enums.js';
