// The module's route table (no imports: the routing tests read it in Node).
/** 积分排行 at `/points`, 我的积分 at `/points/my`. */
export const ROUTES = {
  leaderboard: '',
  'my-points': 'my',
} as const;

export const BASE_PATH = '/points';
