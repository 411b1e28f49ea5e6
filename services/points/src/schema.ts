import type { NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema, type ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { PointEntry, PointMonthFreeze } from './modules/point-entry/index.js';
import { LeaderboardRowResolver, PointEntryResolver } from './modules/point-entry/point-entry.resolver.js';
import {
  CadrePointsEntriesResolver,
  CadrePointsResolver,
  pointEntryReference,
} from './modules/point-entry/point-entry.reference.js';
import { PointRule, PointRuleChange, PointRuleResolver } from './modules/point-rule/index.js';
import { PointEvent } from './modules/point-events/index.js';
import { PointApprovalResolver, PointEntryRequest } from './modules/point-approval/index.js';
import { RecomputeResolver, RecomputedCadreResolver } from './modules/recompute/index.js';
import { MyPointsResolver, PointEntryCapResolver } from './modules/my-points/index.js';
import { inboxEntities } from '@xiangzhi/events';
import { Ranking, RankingObjection, RankingResolver, RankingRow, RankingSetting } from './modules/ranking/index.js';
import { AssessmentResolver, GridAssessment } from './modules/assessment/index.js';
import { BranchStarRating, StarRatingResolver } from './modules/star-rating/index.js';
import { SummaryResolver } from './modules/summary/index.js';
import { migrations } from './migrations/index.js';

/** Everything the points subgraph is made of, shared by main.ts, the schema emitter, tools and tests. */
export const entities = [
  PointEntry,
  PointMonthFreeze,
  PointRule,
  PointRuleChange,
  PointEvent,
  PointEntryRequest,
  ...inboxEntities,
  Ranking,
  RankingRow,
  RankingObjection,
  RankingSetting,
  GridAssessment,
  BranchStarRating,
];
export const resolvers: NonEmptyArray<Function> = [
  PointEntryResolver,
  LeaderboardRowResolver,
  CadrePointsResolver,
  CadrePointsEntriesResolver,
  PointRuleResolver,
  PointApprovalResolver,
  RecomputeResolver,
  RecomputedCadreResolver,
  MyPointsResolver,
  PointEntryCapResolver,
  RankingResolver,
  AssessmentResolver,
  StarRatingResolver,
  SummaryResolver,
];
export const referenceResolvers: ReferenceResolvers = { ...pointEntryReference };
export { migrations };

export const buildPointsSchema = (): Promise<GraphQLSchema> => buildFederatedSchema(resolvers, referenceResolvers);
