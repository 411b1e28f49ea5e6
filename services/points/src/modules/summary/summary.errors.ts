import { errorTable } from '@xiangzhi/subgraph-kit';

export enum SummaryErrorCode {
  PERIOD_INVALID = 'SUMMARY_PERIOD_INVALID',
}

export const summaryError = errorTable<SummaryErrorCode>({
  [SummaryErrorCode.PERIOD_INVALID]: {
    field: 'period',
    message: '期间应为季度 YYYY-Qn（如 2026-Q1）或年度 YYYY（如 2026）',
  },
});
