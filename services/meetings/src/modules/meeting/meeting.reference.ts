import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  decodePage,
  requestLoader,
  requirePrincipal,
  type Connection,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { Meeting, MeetingConnection } from './meeting.entity.js';
import { MeetingService } from './meeting.service.js';
import { findCadre } from './cadre-directory.js';

// Stubs of governance's entities. Descriptions repeat governance's so the supergraph reads the same.

/** Governance's Region, extended here with its meetings. */
@Directive('@key(fields: "code")')
@ObjectType('Region', { description: '行政区划（县、乡镇、村）/ Region: county, township or village' })
export class RegionRef {
  @Field(() => String, { description: '区划代码：县 6 位、乡镇 9 位、村 12 位' })
  code!: string;
}

/** Governance's Cadre, only referenced (a meeting's chair): this subgraph adds no field to it yet. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Cadre', { description: '党员干部 / Cadre who is paired with households' })
export class CadreRef {
  @Field(() => ID, { description: '编号' })
  id!: string;
}

export const meetingService = (ctx: SubgraphContext): MeetingService =>
  new MeetingService(ctx.em, requirePrincipal(ctx), findCadre(ctx));

@Resolver(() => RegionRef)
export class RegionMeetingsResolver {
  /** Batched over every region of the response; null outside the caller's jurisdiction. */
  @FieldResolver(() => MeetingConnection, {
    nullable: true,
    description: '本区划（村，或乡镇、县下属各村）的会议，最新的在前；不在管辖范围内时为空（来自 meetings 子图）',
  })
  meetings(
    @Root() region: RegionRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Meeting> | null> {
    const { limit, offset } = decodePage(page);
    const service = meetingService(ctx);
    return requestLoader(
      ctx,
      `region.meetings:${limit}:${offset}`,
      (codes) => service.pagesForRegions(codes, page),
      null as Connection<Meeting> | null,
    ).load(region.code);
  }
}

/** `_entities` lookups: meetings batched and scoped; regions are keys only (governance owns them). */
export const meetingReference = {
  Meeting: {
    __resolveReference(ref: { id: string }, ctx: SubgraphContext): Promise<Meeting | null> {
      const service = meetingService(ctx);
      return requestLoader(ctx, 'meeting.ref', (ids) => service.getMany(ids), null as Meeting | null).load(ref.id);
    },
  },
  Region: {
    __resolveReference(ref: { code: string }): RegionRef {
      return { code: ref.code };
    },
  },
};
