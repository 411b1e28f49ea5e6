import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  decodePage,
  requirePrincipal,
  toConnection,
  type Connection,
  type SubgraphContext,
} from '@xiangzhi/subgraph-kit';
import { PointEntry, PointEntryConnection } from '../point-entry/index.js';
import { MyPointsService, type CapUse, type MyPointsSummary } from './my-points.service.js';

@ObjectType('MonthlyCapUse', { description: '某类事件本月的记分上限及已得分 / A monthly cap and what it allowed' })
export class MonthlyCapUse implements CapUse {
  @Field(() => String, { description: '事件类型，如 VisitRecorded（走访）' })
  eventType!: string;

  @Field(() => String, { description: '规则的记分事由' })
  reason!: string;

  @Field(() => Int, { description: '每月上限（分）' })
  cap!: number;

  @Field(() => Int, { description: '本月此类事件已得分' })
  awarded!: number;

  @Field(() => Boolean, { description: '是否已达上限：之后的此类事件本月不再记分' })
  get reached(): boolean {
    return this.awarded >= this.cap;
  }
}

@ObjectType('MyPoints', { description: '我的积分：本人（账号关联的党员干部）某月的积分 / My points in a month' })
export class MyPoints implements MyPointsSummary {
  @Field(() => String, { description: '月份（YYYY-MM，北京时间）' })
  month!: string;

  @Field(() => Int, { description: '本月总分（加分减扣分）' })
  total!: number;

  @Field(() => Int, { description: '本月积分记录条数' })
  entryCount!: number;

  @Field(() => Int, { description: '累计总分（全部月份）' })
  allTimeTotal!: number;

  @Field(() => [String], { description: '可选的月份：有积分记录的月份和本月，新的在前' })
  months!: string[];

  cadreId!: string;
  from!: Date;
  to!: Date;
}

const service = (ctx: SubgraphContext): MyPointsService => new MyPointsService(ctx.em, requirePrincipal(ctx));

@Resolver(() => MyPoints)
export class MyPointsResolver {
  @Authorized()
  @Query(() => MyPoints, {
    nullable: true,
    description:
      '我的积分：本人（账号关联的党员干部档案）某月的总分和明细；账号未关联党员干部时报错；积分服务不可用时为空',
  })
  async myPoints(
    @Arg('month', () => String, { nullable: true, description: '月份（YYYY-MM，北京时间），缺省为本月' })
    month: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MyPoints> {
    return Object.assign(new MyPoints(), await service(ctx).summary(month));
  }

  @FieldResolver(() => PointEntryConnection, { description: '本月积分明细，最新的在前' })
  async entries(
    @Root() mine: MyPoints,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<PointEntry>> {
    const { limit, offset } = decodePage(page);
    return toConnection(await service(ctx).entries(mine, { limit, offset }), mine.entryCount, offset);
  }

  @FieldResolver(() => [MonthlyCapUse], {
    description: '设了每月上限的事件（如走访每月最多 40 分）本月用了多少；达到上限后的事件不再记分，也不留记录',
  })
  async caps(@Root() mine: MyPoints, @Ctx() ctx: SubgraphContext): Promise<MonthlyCapUse[]> {
    return (await service(ctx).caps(mine)).map((c) => Object.assign(new MonthlyCapUse(), c));
  }
}

@Resolver(() => PointEntry)
export class PointEntryCapResolver {
  @FieldResolver(() => Boolean, { description: '是否因每月上限少记了分（按规则应得分值高于实记分值）' })
  cappedByMonthlyLimit(@Root() entry: PointEntry): boolean {
    return entry.rulePoints != null && entry.points < entry.rulePoints;
  }
}
