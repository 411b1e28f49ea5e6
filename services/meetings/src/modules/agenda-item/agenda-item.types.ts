import { Field, Int, ObjectType } from 'type-graphql';
import { RegionRef } from '../meeting/index.js';
import { AgendaItem, AgendaRating } from './agenda-item.entity.js';

@ObjectType('AgendaRatingTally', { description: '年度评议（双述双评）的测评结果 / Annual review tally' })
export class AgendaRatingTally {
  @Field(() => Int, { description: '满意' })
  satisfied!: number;

  @Field(() => Int, { description: '基本满意' })
  basicallySatisfied!: number;

  @Field(() => Int, { description: '不满意' })
  dissatisfied!: number;
}

@ObjectType('ForumReport', {
  description: '通报上月说事事项办结情况（按各事项对应民情事项的当前状态生成）/ Last month’s report of a forum',
})
export class ForumReport {
  @Field(() => String, { description: '通报的月份（说事会所在月的上一个月，YYYY-MM）' })
  month!: string;

  @Field(() => [AgendaItem], { description: '上月各次说事会登记的事项' })
  items!: AgendaItem[];

  @Field(() => Int, { description: '上月登记的事项数' })
  raised!: number;

  @Field(() => Int, { description: '两委会议已作出决定的' })
  decided!: number;

  @Field(() => Int, { description: '其中超过说事日后 3 日才决定的' })
  decidedLate!: number;

  @Field(() => Int, { description: '已办结（民情事项已办结、已评价或已销号）' })
  handled!: number;

  @Field(() => Int, { description: '已销号' })
  closed!: number;

  @Field(() => Int, { description: '尚未办结' })
  open!: number;

  @Field(() => Int, { description: '更早登记、至今未销号的事项（结转）' })
  carriedOverOpen!: number;

  @Field(() => Date, { description: '生成时间' })
  generatedAt!: Date;
}

@ObjectType('LoopFailureRow', {
  description: '“说而不议、议而不办、办而不结、结而无效”的事项数（一个村或一个乡镇）/ The four failures of a region',
})
export class LoopFailureRow {
  @Field(() => String, { description: '区划代码（村 12 位，乡镇 9 位）' })
  code!: string;

  @Field(() => RegionRef, { nullable: true, description: '区划（名称来自 governance 子图）' })
  region!: RegionRef;

  @Field(() => Int, { description: '当年登记的事项数' })
  raised!: number;

  @Field(() => Int, { description: '说而不议：说事日后 3 日已过，两委会议仍未作出决定' })
  notDeliberated!: number;

  @Field(() => Int, { description: '议而不办：已作出决定，办理期限已过，民情事项仍未办结（或尚未建立）' })
  notHandled!: number;

  @Field(() => Int, { description: '办而不结：民情事项已办结或已评价超过 15 天，仍未销号' })
  notClosed!: number;

  @Field(() => Int, {
    description: '结而无效：民情事项已销号，但群众评价不满意，或年度评议中“不满意”多于“满意”与“基本满意”之和',
  })
  ineffective!: number;
}

@ObjectType('LoopFailureBoard', { description: '说事会闭环问题看板 / The forum loop’s failures' })
export class LoopFailureBoard {
  @Field(() => String, { description: '看板范围的区划代码' })
  regionCode!: string;

  @Field(() => Int, { description: '统计的年份（按说事日）' })
  year!: number;

  @Field(() => String, { description: '统计截至（北京时间 YYYY-MM-DD）' })
  asOf!: string;

  @Field(() => [LoopFailureRow], { description: '各村' })
  villages!: LoopFailureRow[];

  @Field(() => [LoopFailureRow], { description: '各乡镇（所辖各村之和）' })
  townships!: LoopFailureRow[];

  @Field(() => LoopFailureRow, { description: '合计' })
  total!: LoopFailureRow;
}

@ObjectType('AnnualReviewItem', { description: '年度评议中待测评的事项 / An item to rate at the annual review' })
export class AnnualReviewItem {
  @Field(() => AgendaItem, { description: '事项' })
  item!: AgendaItem;

  @Field(() => AgendaRating, { nullable: true, description: '本人在这次评议中的测评；未测评时为空' })
  myRating!: AgendaRating | null;
}
