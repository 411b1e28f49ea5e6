export {
  ObjectionStatus,
  Ranking,
  RankingKind,
  RankingObjection,
  RankingRow,
  RankingSetting,
  RankingStatus,
} from './ranking.entity.js';
export { RankingResolver } from './ranking.resolver.js';
export { RANKING_PUBLISH_CRON, RANKING_PUBLISH_JOB, publishDueRankings } from './ranking.job.js';
export { callerDivision, rankingDivision, requireMonth } from './ranking.service.js';
export { monthsOfPeriod, previousPeriod, validMonth } from './ranking.period.js';
export { rankRows } from './ranking.rules.js';
export { rankingDirectory, type PeerCadre, type RankingDirectory } from './ranking.directory.js';
export { LEDGER_MONTH_SQL } from './ledger-contract.js';
