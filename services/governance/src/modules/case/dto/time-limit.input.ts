import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { CaseKind, CaseLevel, CaseStage } from '../case.enums.js';

@InputType('SetTimeLimitInput', { description: '设置办理时限（工作日，县级管理员）/ Set a time limit' })
export class SetTimeLimitInput {
  @Field(() => String, { description: '适用区划：本县（6 位）或其乡镇（9 位）、村（12 位）' })
  @MaxLength(12)
  divisionCode!: string;

  @Field(() => CaseKind, { description: '事项类别' })
  kind!: CaseKind;

  @Field(() => CaseLevel, { description: '办理层级' })
  level!: CaseLevel;

  @Field(() => CaseStage, { description: '时限环节' })
  stage!: CaseStage;

  @Field(() => Int, { description: '黄牌预警：第几个工作日（1–365）' })
  yellowDays!: number;

  @Field(() => Int, { description: '红牌超期：第几个工作日（大于黄牌，最多 365）' })
  redDays!: number;
}

@InputType('SetHolidayInput', { description: '设置本县节假日或调休上班日 / Set a holiday or make-up working day' })
export class SetHolidayInput {
  @Field(() => String, { description: '日期（YYYY-MM-DD）' })
  @MaxLength(10)
  date!: string;

  @Field(() => Boolean, { description: '是否上班：调休上班日为 true，放假为 false' })
  working!: boolean;

  @Field(() => String, { description: '名称（如 国庆节、国庆调休），最多 20 字' })
  @MaxLength(20)
  name!: string;
}

@ArgsType()
export class CaseRemindersArgs {
  @Field(() => Boolean, { nullable: true, description: '只看未读' })
  unreadOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: '最多返回条数（1–100，缺省 50）' })
  first?: number | null;
}
