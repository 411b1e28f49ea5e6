// The module's route table (no imports: the routing tests read it in Node).
/** 积分排行 at `/points`, 我的积分 at `/points/my`, 积分规则, 记分审核 and 申请记分 beside them. */
export const ROUTES = {
  leaderboard: '',
  'my-points': 'my',
  rules: 'rules',
  approvals: 'approvals',
  request: 'request',
  rankings: 'rankings',
  summaries: 'summaries',
  stars: 'stars',
} as const;

export const BASE_PATH = '/points';
