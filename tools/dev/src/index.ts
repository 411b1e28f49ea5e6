// Side-effect free helpers of the dev tools (start.ts and test.ts are scripts; env.ts reads
// process.env when imported).
export { countReport, addCounts, summaryLine } from './summary.js';
export type { RunCounts } from './summary.js';
export { demoLoginTable, displayWidth, table } from './banner.js';
