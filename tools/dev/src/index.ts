// Side-effect free helpers of the dev tools (start.ts and test.ts are scripts; env.ts reads
// process.env when imported). DevSystem runs the whole system, as npm start does, for tools/e2e.
export { countReport, addCounts, summaryLine } from './summary.js';
export type { RunCounts } from './summary.js';
export { demoLoginTable, displayWidth, table } from './banner.js';
export { DevSystem, StartError, FRONTENDS, SERVICE_PROJECTS, SUBGRAPH_NAMES, serviceLaunch } from './system.js';
export type { ServiceLaunch, SubgraphName, SystemOptions, SystemPorts, SystemTimings, SystemUrls } from './system.js';
export type { ManagedChild } from './processes.js';
export { startChild, waitReady } from './processes.js';
