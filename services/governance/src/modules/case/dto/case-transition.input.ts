import { Field, ID, InputType, Int } from 'type-graphql';
import { CaseAction, CaseCloseType, SatisfactionRating } from '../case.enums.js';

@InputType('CaseTransitionInput', { description: '办理操作：事项、读取时的版本号、操作及其所需内容 / Act on a case' })
export class CaseTransitionInput {
  @Field(() => ID, { description: '事项编号' })
  caseId!: string;

  @Field(() => Int, { description: '读取事项时的版本号' })
  version!: number;

  @Field(() => CaseAction, { description: '操作' })
  action!: CaseAction;

  @Field(() => String, { nullable: true, description: '理由（≤500 字；上报、退回、暂停、重新办理、延期时必填）' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: '责任人（交办时必填）' })
  cadreId?: string | null;

  @Field(() => CaseCloseType, { nullable: true, description: '办结类型（办结时必填）' })
  closeType?: CaseCloseType | null;

  @Field(() => String, { nullable: true, description: '办理结果（办结时必填，≤2000 字）' })
  result?: string | null;

  @Field(() => SatisfactionRating, { nullable: true, description: '群众满意度（登记反馈时必填）' })
  satisfaction?: SatisfactionRating | null;

  @Field(() => String, { nullable: true, description: '群众反馈（登记反馈时必填，≤500 字）' })
  feedback?: string | null;

  @Field(() => Int, { nullable: true, description: '申请延期的工作日数（1–30）' })
  days?: number | null;
}
