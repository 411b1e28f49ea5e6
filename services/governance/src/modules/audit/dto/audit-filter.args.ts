import { ArgsType, Field, ID } from 'type-graphql';
import { AuditAction } from '../audit-record.entity.js';

/** The filters of the audit search and export (PageArgs adds the paging). */
@ArgsType()
export class AuditFilterArgs {
  @Field(() => String, { nullable: true, description: '操作人：用户名（包含即可）或账号编号' })
  actor?: string | null;

  @Field(() => AuditAction, { nullable: true, description: '动作' })
  action?: AuditAction | null;

  @Field(() => ID, { nullable: true, description: '只看某一对象（如某位家庭成员、某个账号）的记录' })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: '从此时刻起（含）' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '到此时刻止（含）' })
  to?: Date | null;
}
