import { Field, ID, InputType, Int } from 'type-graphql';
import { PatrolCategory, PatrolFrequency } from '../patrol.enums.js';

@InputType('CreatePatrolPlanInput', { description: '制定巡查计划：网格或全村 / Create a patrol plan' })
export class CreatePatrolPlanInput {
  @Field(() => String, { description: '计划名称（不超过 60 字）' })
  name!: string;

  @Field(() => PatrolCategory, { description: '巡查类别' })
  category!: PatrolCategory;

  @Field(() => PatrolFrequency, { description: '巡查频次' })
  frequency!: PatrolFrequency;

  @Field(() => ID, { nullable: true, description: '网格；不填则为全村计划（须填村）' })
  gridId?: string | null;

  @Field(() => String, { nullable: true, description: '村区划代码（全村计划）' })
  villageCode?: string | null;
}

@InputType('UpdatePatrolPlanInput', { description: '修改巡查计划 / Update a patrol plan' })
export class UpdatePatrolPlanInput {
  @Field(() => ID, { description: '计划编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => String, { nullable: true, description: '计划名称' })
  name?: string | null;

  @Field(() => PatrolCategory, { nullable: true, description: '巡查类别' })
  category?: PatrolCategory | null;

  @Field(() => Boolean, { nullable: true, description: '启用或停用' })
  active?: boolean | null;
}

@InputType('PatrolPointInput', { description: '巡查点位 / A patrol point' })
export class PatrolPointInput {
  @Field(() => ID, { nullable: true, description: '新增点位时填所属计划' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: '修改点位时填点位编号' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: '修改点位时填读取时的版本号' })
  version?: number | null;

  @Field(() => String, { description: '点位名称（不超过 60 字）' })
  name!: string;

  @Field(() => Number, { nullable: true, description: '纬度（定位签到须填）' })
  lat?: number | null;

  @Field(() => Number, { nullable: true, description: '经度（定位签到须填）' })
  lng?: number | null;

  @Field(() => Int, { nullable: true, description: '定位签到半径（米，10–2000，缺省 100）' })
  radiusM?: number | null;

  @Field(() => String, { description: '时段开始（HH:MM，北京时间）' })
  windowStart!: string;

  @Field(() => String, { description: '时段结束（HH:MM）' })
  windowEnd!: string;

  @Field(() => Int, { nullable: true, description: '每周计划的星期几（1 周一 … 7 周日）' })
  weekday?: number | null;

  @Field(() => Int, { nullable: true, description: '迟到宽限（分钟，0–720，缺省 60）' })
  graceMinutes?: number | null;
}
