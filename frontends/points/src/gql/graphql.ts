/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 党员干部类别 / Cadre kind */
export type CadreKind =
  /** 入党积极分子 */
  | 'ACTIVIST'
  /** 农村党员 */
  | 'PARTY_MEMBER'
  /** 乡镇干部 */
  | 'TOWNSHIP_CADRE'
  /** 村两委成员 */
  | 'VILLAGE_COMMITTEE'
  /** 驻村工作队员 */
  | 'WORK_TEAM';

export type PointsLeaderboardQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type PointsLeaderboardQuery = {
  pointsLeaderboard: Array<{
    rank: number;
    total: number;
    cadre: { id: string; name: string; post: string; kind: CadreKind } | null;
  }> | null;
};

export type MyPointsQueryVariables = Exact<{
  month?: string | null | undefined;
  first: number;
}>;

export type MyPointsQuery = {
  myPoints: {
    month: string;
    total: number;
    entryCount: number;
    allTimeTotal: number;
    months: Array<string>;
    entries: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          points: number;
          reason: string;
          occurredAt: string;
          eventType: string | null;
          cappedByMonthlyLimit: boolean;
        };
      }>;
    };
    caps: Array<{ eventType: string; reason: string; cap: number; awarded: number; reached: boolean }>;
  } | null;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PointsLeaderboardDocument = new TypedDocumentString(`
    query PointsLeaderboard($regionCode: String, $first: Int) {
  pointsLeaderboard(regionCode: $regionCode, first: $first) {
    rank
    total
    cadre {
      id
      name
      post
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PointsLeaderboardQuery, PointsLeaderboardQueryVariables>;
export const MyPointsDocument = new TypedDocumentString(`
    query MyPoints($month: String, $first: Int!) {
  myPoints(month: $month) {
    month
    total
    entryCount
    allTimeTotal
    months
    entries(first: $first) {
      totalCount
      edges {
        node {
          id
          points
          reason
          occurredAt
          eventType
          cappedByMonthlyLimit
        }
      }
    }
    caps {
      eventType
      reason
      cap
      awarded
      reached
    }
  }
}
    `) as unknown as TypedDocumentString<MyPointsQuery, MyPointsQueryVariables>;
