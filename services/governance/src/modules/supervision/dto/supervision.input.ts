import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { CaseDomain, CaseKind } from '../../case/index.js';
import { SupervisionStatus } from '../supervision-task.entity.js';

@InputType('IssueSupervisionInput', { description: '下发工作督办卡 / Issue a supervision task' })
export class IssueSupervisionInput {
  @Field(() => ID, { description: '承办的党员干部（须在本人管辖范围内）' })
  cadreId!: string;

  @Field(() => String, { description: '督办事项（不超过 60 字）' })
  title!: string;

  @Field(() => String, { description: '工作要求（不超过 1000 字）' })
  content!: string;

  @Field(() => String, { description: '完成时限（YYYY-MM-DD，不早于今天）' })
  dueOn!: string;
}

@InputType('ReportSupervisionInput', { description: '反馈督办卡（承办人本人）/ Report back on a task' })
export class ReportSupervisionInput {
  @Field(() => ID, { description: '督办卡' })
  taskId!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => String, { description: '反馈情况（不超过 1000 字）' })
  report!: string;

  @Field(() => [ID], { nullable: true, description: '现场照片（先上传，再在此认领）' })
  attachmentIds?: string[] | null;
}

@InputType('DecideSupervisionInput', { description: '验收或退回督办卡（下发单位）/ Accept or return a report' })
export class DecideSupervisionInput {
  @Field(() => ID, { description: '督办卡' })
  taskId!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => Boolean, { description: 'true 验收，false 退回（须写理由）' })
  accept!: boolean;

  @Field(() => String, { nullable: true, description: '退回理由（不超过 500 字）' })
  reason?: string | null;
}

@InputType('SupervisionToCaseInput', { description: '督办反馈的问题转为民情事项 / Raise a case from a report' })
export class SupervisionToCaseInput {
  @Field(() => ID, { description: '督办卡' })
  taskId!: string;

  @Field(() => String, { description: '事项标题（不超过 60 字）' })
  title!: string;

  @Field(() => String, { nullable: true, description: '事项描述；缺省为反馈情况' })
  description?: string | null;

  @Field(() => CaseKind, { description: '事项类别' })
  kind!: CaseKind;

  @Field(() => CaseDomain, { description: '事项领域' })
  domain!: CaseDomain;

  @Field(() => String, { nullable: true, description: '事项所在村（承办人为乡镇干部时必填）' })
  villageCode?: string | null;

  @Field(() => String, { nullable: true, description: '地点；缺省为督办事项' })
  place?: string | null;
}

@ArgsType()
export class SupervisionTasksArgs extends PageArgs {
  @Field(() => [SupervisionStatus], { nullable: true, description: '状态' })
  statuses?: SupervisionStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: '只看超期的' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '只看下发给我的' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;
}
