import { Field, ID, InputType } from 'type-graphql';
import { CaseDomain, CaseKind, CaseSource } from '../case.enums.js';

@InputType('RaiseCaseInput', {
  description: '登记民情事项：标题、描述、类别、领域、来源，及农户或地点 / Raise a case',
})
export class RaiseCaseInput {
  @Field(() => String, { description: '标题（1–60 字）' })
  title!: string;

  @Field(() => String, { description: '描述（1–2000 字）' })
  description!: string;

  @Field(() => CaseKind, { description: '类别：问题、诉求、信访、建议' })
  kind!: CaseKind;

  @Field(() => CaseDomain, { description: '领域' })
  domain!: CaseDomain;

  @Field(() => CaseSource, { description: '来源' })
  source!: CaseSource;

  @Field(() => ID, { nullable: true, description: '来源记录编号（如走访记录）' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: '涉及的农户（与地点至少填一项）' })
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: '地点（≤200 字；无具体农户时必填）' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: '所属村区划代码（无农户时必填）' })
  villageCode?: string | null;

  @Field(() => ID, { nullable: true, description: '所属网格（无农户时可填）' })
  gridId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '党员干部代群众登记（员代办）' })
  onBehalf?: boolean | null;

  @Field(() => [ID], { nullable: true, description: '附件（照片）编号' })
  attachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: '重复事项：不新建，把来源关联到这件已有事项并返回它' })
  duplicateOf?: string | null;
}
