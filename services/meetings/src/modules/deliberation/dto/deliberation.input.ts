import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MaxLength, PageArgs } from '@xiangzhi/subgraph-kit';
import { DeliberationFailureAction, DeliberationStatus, DeliberationStep } from '../deliberation.enums.js';
import { NOTICE_MAX, REASON_MAX, TITLE_MAX } from '../deliberation.errors.js';

@InputType('OpenDeliberationInput', { description: '发起“四议两公开” / Open a deliberation' })
export class OpenDeliberationInput {
  @Field(() => ID, { nullable: true, description: '说事会事项编号（须为公共重大事项）；单独发起时不填' })
  agendaItemId?: string | null;

  @Field(() => String, { nullable: true, description: '所在村的区划代码（12 位）；由说事会事项发起时可不填' })
  @MaxLength(12)
  villageCode?: string | null;

  @Field(() => String, { nullable: true, description: `事项名称（1–${TITLE_MAX} 字）；由说事会事项发起时缺省为该事项` })
  @MaxLength(TITLE_MAX)
  title?: string | null;
}

@InputType('RecordDeliberationVoteInput', { description: '登记一个表决环节（前四个环节）/ Record a vote' })
export class RecordDeliberationVoteInput {
  @Field(() => ID, { description: '“四议两公开”事项编号' })
  deliberationId!: string;

  @Field(() => Int, { description: '事项的版本号（原样带回）' })
  version!: number;

  @Field(() => DeliberationStep, { description: '环节：须是当前环节' })
  step!: DeliberationStep;

  @Field(() => ID, { description: '表决所在的会议（本村已召开的相应会议）' })
  meetingId!: string;

  @Field(() => Int, { description: '应到人数' })
  expectedCount!: number;

  @Field(() => Int, { description: '实到人数（不多于应到）' })
  presentCount!: number;

  @Field(() => Int, { description: '赞成票' })
  votesFor!: number;

  @Field(() => Int, { description: '反对票' })
  votesAgainst!: number;

  @Field(() => Int, { description: '弃权票（三者合计不多于实到人数）' })
  votesAbstain!: number;
}

@InputType('RecordDeliberationDisclosureInput', { description: '登记公开环节（决议公开、实施结果公开）' })
export class RecordDeliberationDisclosureInput {
  @Field(() => ID, { description: '“四议两公开”事项编号' })
  deliberationId!: string;

  @Field(() => Int, { description: '事项的版本号（原样带回）' })
  version!: number;

  @Field(() => DeliberationStep, { description: '环节：须是当前环节' })
  step!: DeliberationStep;

  @Field(() => String, { description: `公示内容（1–${NOTICE_MAX} 字）` })
  @MaxLength(NOTICE_MAX)
  noticeText!: string;

  @Field(() => String, { description: '公示开始日（YYYY-MM-DD）' })
  @MaxLength(10)
  postedFrom!: string;

  @Field(() => String, { description: '公示截止日（YYYY-MM-DD，含首尾不少于规定天数）' })
  @MaxLength(10)
  postedTo!: string;
}

@InputType('DecideDeliberationFailureInput', { description: '环节未通过后决定终止或退回' })
export class DecideDeliberationFailureInput {
  @Field(() => ID, { description: '“四议两公开”事项编号' })
  deliberationId!: string;

  @Field(() => Int, { description: '事项的版本号（原样带回）' })
  version!: number;

  @Field(() => DeliberationFailureAction, { description: '终止，或退回' })
  action!: DeliberationFailureAction;

  @Field(() => DeliberationStep, { nullable: true, description: '退回到的环节（本环节或此前的表决环节）' })
  returnTo?: DeliberationStep | null;

  @Field(() => String, { description: `理由（1–${REASON_MAX} 字）` })
  @MaxLength(REASON_MAX)
  reason!: string;
}

@ArgsType()
export class DeliberationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => DeliberationStatus, { nullable: true, description: '只看某一状态' })
  status?: DeliberationStatus | null;
}
