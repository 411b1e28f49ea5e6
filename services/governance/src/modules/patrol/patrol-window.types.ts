import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PatrolWindowState } from './patrol.enums.js';

/** One time window of one point and what became of it (computed in SQL, never stored). */
@ObjectType('PatrolWindow', { description: '巡查时段：某点位某天的巡查时段及其状态 / A point’s window on a day' })
export class PatrolWindow {
  @Field(() => ID, { description: '点位编号' })
  pointId!: string;

  @Field(() => String, { description: '日期（北京时间）' })
  day!: string;

  @Field(() => Date, { description: '时段开始' })
  startsAt!: Date;

  @Field(() => Date, { description: '时段结束' })
  endsAt!: Date;

  @Field(() => Date, { description: '迟到宽限截止，此后未签到即为漏巡' })
  graceUntil!: Date;

  @Field(() => PatrolWindowState, { description: '状态' })
  state!: PatrolWindowState;

  @Field(() => Date, { nullable: true, description: '时段内（含宽限）首次签到时间' })
  checkedInAt!: Date | null;
}

/** A grid's (or a village-wide plan's) patrols of one month. */
@ObjectType('PatrolGridFigure', { description: '网格月度巡查统计 / A grid’s patrols of a month' })
export class PatrolGridFigure {
  @Field(() => String, { description: '村区划代码' })
  villageCode!: string;

  @Field(() => ID, { nullable: true, description: '网格编号（空为全村计划）' })
  gridId!: string | null;

  @Field(() => String, { description: '网格名称（全村计划为村名）' })
  name!: string;

  @Field(() => Int, { description: '巡查签到次数' })
  checkIns!: number;

  @Field(() => Int, { description: '应巡时段数（截至今天）' })
  windows!: number;

  @Field(() => Int, { description: '迟到时段数' })
  late!: number;

  @Field(() => Int, { description: '漏巡时段数' })
  missed!: number;

  @Field(() => Int, { description: '有漏巡的点位数' })
  missedPoints!: number;
}
