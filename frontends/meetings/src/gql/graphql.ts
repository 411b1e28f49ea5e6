/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 会议类型 / Meeting kind */
export type MeetingKind =
  /** 组织生活会 / 双述双评 */
  | 'ANNUAL_REVIEW'
  /** 两委会议 */
  | 'COMMITTEE'
  /** 党员大会 */
  | 'PARTY_ASSEMBLY'
  /** 村民代表会议 / 村民会议 */
  | 'REPRESENTATIVES_ASSEMBLY'
  /** 民情例会 / 民情分析会（乡镇） */
  | 'TOWNSHIP_REVIEW'
  /** 主题党日 + 党群说事会（每月固定日） */
  | 'VILLAGERS_FORUM'
  /** 民情碰头会（村，每周） */
  | 'WEEKLY_BRIEFING';

export type MeetingsListQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MeetingsListQuery = {
  meetings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: MeetingKind;
        date: string;
        title: string;
        village: { code: string; name: string } | null;
        chair: { id: string; name: string; post: string } | null;
      };
    }>;
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

export const MeetingsListDocument = new TypedDocumentString(`
    query MeetingsList($regionCode: String, $first: Int, $after: String) {
  meetings(regionCode: $regionCode, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        date
        title
        village {
          code
          name
        }
        chair {
          id
          name
          post
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsListQuery, MeetingsListQueryVariables>;
