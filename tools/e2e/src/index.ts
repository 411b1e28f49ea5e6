// Helpers of the browser tests (tools/e2e/*.e2e.ts): the isolated system, chromium, the demo facts.
export { startE2eSystem, REPO_ROOT } from './system.js';
export type { E2eSystem, E2eSystemOptions } from './system.js';
export { launchChromium, watchedPage, submitLogin, CHROMIUM, DESKTOP, PHONE } from './browser.js';
export type { PageOptions, WatchedPage } from './browser.js';
export { MEETING_KIND_ZH, account, accountFacts, demo, headNameSearch, leaderboardTop, pairedHouseholdIds, visibleHouseholds } from './demo-facts.js';
export type { AccountFacts, LeaderboardTop, SearchCase } from './demo-facts.js';
export { attributeOfAll, hasChinese, leaderboardRows, leadingNumber, meetingRows, pagerInfo, parsePagerInfo, settled } from './ui.js';
export type { LeaderboardRowView, MeetingRowView, PagerInfo } from './ui.js';
