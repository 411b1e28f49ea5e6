// The module's route table (no imports: the routing tests read it in Node).
/** The meetings list at `/meetings`, the calendar, one meeting, its form, the 列席 board, and the other pages. */
export const ROUTES = {
  meetings: '',
  calendar: 'calendar?month',
  'meeting-new': 'new',
  meeting: 'meeting/:id',
  'meeting-edit': 'meeting/:id/edit',
  observers: 'observers?year',
  forum: 'forums/:meetingId',
  'forum-review': 'annual-reviews/:meetingId',
  'township-review': 'township-review',
  'loop-failures': 'loop-failures',
  deliberations: 'deliberations',
  deliberation: 'deliberations/:id',
  minutes: 'minutes/:meetingId',
} as const;

export const BASE_PATH = '/meetings';
