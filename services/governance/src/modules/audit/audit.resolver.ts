import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionType, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { AuditRecord } from './audit-record.entity.js';
import { AUDIT_READERS, AuditService } from './audit.service.js';
import type { GovernanceContext } from '../../context.js';

export const AuditRecordConnection = connectionType(AuditRecord, 'AuditRecord', '审计记录');

@ArgsType()
class AuditRecordsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: '只看某一对象（如某位家庭成员）的记录' })
  subjectId?: string | null;
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Authorized(AUDIT_READERS)
  @Query(() => AuditRecordConnection, { description: '审计记录：谁在何时因何查看、导出了谁的个人信息（安全管理员、审计员）/ Audit trail' })
  auditRecords(@Args(() => AuditRecordsArgs) args: AuditRecordsArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<AuditRecord>> {
    return new AuditService(ctx.em, requirePrincipal(ctx)).list(args);
  }
}
