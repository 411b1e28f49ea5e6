import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType('PageInfo', { description: '分页信息 / Page info' })
export class PageInfo {
  @Field(() => Boolean, { description: '是否还有下一页' })
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: '本页最后一条的游标' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数（1–100）' })
  first: number = 20;
  @Field(() => String, { nullable: true, description: '从该游标之后开始' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection and edge types for a node type, e.g. `HouseholdConnection`. */
export function connectionType<T extends object>(
  node: ClassType<T>,
  name: string,
  description: string,
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `${description}（边）` })
  class EdgeType {
    @Field(() => String, { description: '本条的游标：作为 after 参数传入，取这一条之后的下一页' })
    cursor!: string;
    @Field(() => node, { description: `本条对应的${description}` })
    node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `${description}（分页列表）` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `本页的${description}，每条带游标` })
    edges!: Edge<T>[];
    @Field(() => PageInfo, { description: '分页信息：是否还有下一页、本页最后一条的游标' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: '总条数' }) totalCount!: number;
  }
  return ConnectionType;
}

const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

/** No list is paged this deep; a larger offset is a forged cursor (and a costly scan). */
export const MAX_OFFSET = 10_000_000;
const CURSOR = /^[A-Za-z0-9_-]{1,16}$/;
const BAD_CURSOR = '分页游标无效，请从第一页重新查询';

/**
 * Offset of the row after `after`. A cursor this module did not write (malformed, negative, beyond
 * MAX_OFFSET) or a page size out of range is the caller's error, named by field.
 */
export function decodePage(args: { first?: number | null; after?: string | null }): { limit: number; offset: number } {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput('first', `每页条数须在 1 到 ${MAX_PAGE_SIZE} 之间`);
  if (!args.after) return { limit: first, offset: 0 };
  // base64url of "o:" and at most 8 digits: 16 characters; checked before decoding anything longer
  if (!CURSOR.test(args.after)) throw badInput('after', BAD_CURSOR);
  const m = /^o:(0|[1-9]\d{0,7})$/.exec(Buffer.from(args.after, 'base64url').toString());
  const offset = m ? Number(m[1]) : NaN;
  if (!(offset < MAX_OFFSET)) throw badInput('after', BAD_CURSOR);
  return { limit: first, offset: offset + 1 };
}

export function toConnection<T>(rows: T[], totalCount: number, offset: number): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
