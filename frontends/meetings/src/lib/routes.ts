// The module's route table (no imports: the routing tests read it in Node).
/** The meetings list at `/meetings` (there is no meeting page yet). */
export const ROUTES = {
  meetings: '',
} as const;

export const BASE_PATH = '/meetings';
