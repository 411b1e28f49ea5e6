// The module's sub-navigation (no imports: the tests read it in Node). Each helper adds its page here
// with one line; `permission` hides an entry the account may not use (the server still decides).
export interface MeetingsNavItem {
  page: string;
  labelKey: string;
  permission?: string;
}

export const MEETINGS_NAV: readonly MeetingsNavItem[] = [
  { page: 'meetings', labelKey: 'meetings.nav.list' },
  { page: 'calendar', labelKey: 'meetings.nav.calendar' },
  { page: 'meeting-new', labelKey: 'meetings.nav.new', permission: 'MEETING_WRITE' },
  { page: 'observers', labelKey: 'meetings.nav.observers' },
  { page: 'deliberations', labelKey: 'meetings.nav.deliberations' },
  { page: 'township-review', labelKey: 'meetings.nav.township', permission: 'MEETING_MINUTES_READ' },
  { page: 'loop-failures', labelKey: 'meetings.nav.failures' },
];

/** Pages reached from a list (one meeting, its form) highlight the entry they belong to. */
export const NAV_PARENT: Readonly<Record<string, string>> = {
  meeting: 'calendar',
  'meeting-edit': 'calendar',
  deliberation: 'deliberations',
  forum: 'calendar',
  'forum-review': 'calendar',
  minutes: 'calendar',
};
