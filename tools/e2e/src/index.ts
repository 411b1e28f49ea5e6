// Helpers of the browser tests (tools/e2e/*.e2e.ts): the isolated system (started once per run by
// src/global-setup.ts), chromium, the demo facts, driving the pages, Excel files.
export { startE2eSystem, REPO_ROOT } from './system.js';
export type { E2eSystem, E2eSystemOptions } from './system.js';
export { sharedSystem, SHARED_SYSTEM_KEY } from './shared-system.js';
export type { SharedSystem } from './shared-system.js';
export { launchChromium, watchedPage, submitLogin, CHROMIUM, DESKTOP, PHONE } from './browser.js';
export type { PageOptions, WatchedPage } from './browser.js';
export {
  MEETING_KIND_ZH,
  account,
  accountFacts,
  demo,
  headNameSearch,
  leaderboardTop,
  pairedHouseholdIds,
  visibleHouseholds,
} from './demo-facts.js';
export type { AccountFacts, LeaderboardTop, SearchCase } from './demo-facts.js';
export {
  TAG_ZH,
  allIdCards,
  allPhones,
  cadre,
  cadreOf,
  freshIdCard,
  freshPhones,
  gridStaff,
  householdCountOf,
  initialsMatches,
  initialsSearch,
  isValidIdCard,
  nameInitials,
  nameMatches,
  nameSearch,
  pairedInPeriod,
  previousMonth,
  todayInChina,
  villageOf,
  villagerGroupNames,
} from './gov-facts.js';
export type { SearchCase as GovSearchCase, VillageFacts } from './gov-facts.js';
export {
  SCREENSHOTS,
  WAIT,
  chooseOption,
  currentPage,
  downloadOf,
  numberOf,
  openTab,
  pageWidth,
  signedIn,
  textOf,
  unexpectedErrors,
  waitForTotal,
} from './gov-ui.js';
export type { Downloaded, GovTab } from './gov-ui.js';
export { filledTemplate, sheetRecords, sheetRows } from './xlsx.js';
export type { RegisterRow } from './xlsx.js';
export {
  attributeOfAll,
  hasChinese,
  leaderboardRows,
  leadingNumber,
  meetingRows,
  pagerInfo,
  parsePagerInfo,
  settled,
} from './ui.js';
export type { LeaderboardRowView, MeetingRowView, PagerInfo } from './ui.js';
