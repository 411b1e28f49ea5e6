export { RankingSummary, SummaryRow } from './summary.entity.js';
export { SummaryResolver } from './summary.resolver.js';
