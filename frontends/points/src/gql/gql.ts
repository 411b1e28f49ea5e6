/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query PointsLeaderboard($regionCode: String, $first: Int) {\n  pointsLeaderboard(regionCode: $regionCode, first: $first) {\n    rank\n    total\n    cadre {\n      id\n      name\n      post\n      kind\n    }\n  }\n}': typeof types.PointsLeaderboardDocument;
  'query MyPoints($month: String, $first: Int!) {\n  myPoints(month: $month) {\n    month\n    total\n    entryCount\n    allTimeTotal\n    months\n    entries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          points\n          reason\n          occurredAt\n          eventType\n          cappedByMonthlyLimit\n        }\n      }\n    }\n    caps {\n      eventType\n      reason\n      cap\n      awarded\n      reached\n    }\n  }\n}': typeof types.MyPointsDocument;
};
const documents: Documents = {
  'query PointsLeaderboard($regionCode: String, $first: Int) {\n  pointsLeaderboard(regionCode: $regionCode, first: $first) {\n    rank\n    total\n    cadre {\n      id\n      name\n      post\n      kind\n    }\n  }\n}':
    types.PointsLeaderboardDocument,
  'query MyPoints($month: String, $first: Int!) {\n  myPoints(month: $month) {\n    month\n    total\n    entryCount\n    allTimeTotal\n    months\n    entries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          points\n          reason\n          occurredAt\n          eventType\n          cappedByMonthlyLimit\n        }\n      }\n    }\n    caps {\n      eventType\n      reason\n      cap\n      awarded\n      reached\n    }\n  }\n}':
    types.MyPointsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PointsLeaderboard($regionCode: String, $first: Int) {\n  pointsLeaderboard(regionCode: $regionCode, first: $first) {\n    rank\n    total\n    cadre {\n      id\n      name\n      post\n      kind\n    }\n  }\n}',
): typeof import('./graphql').PointsLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyPoints($month: String, $first: Int!) {\n  myPoints(month: $month) {\n    month\n    total\n    entryCount\n    allTimeTotal\n    months\n    entries(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          points\n          reason\n          occurredAt\n          eventType\n          cappedByMonthlyLimit\n        }\n      }\n    }\n    caps {\n      eventType\n      reason\n      cap\n      awarded\n      reached\n    }\n  }\n}',
): typeof import('./graphql').MyPointsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
