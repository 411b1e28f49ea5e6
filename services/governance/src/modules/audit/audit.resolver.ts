import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionType, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { AuditRecord } from './audit-record.entity.js';
import { AuditService } from './audit.service.js';
import { AuditExportService } from './audit-export.service.js';
import { AuditFilterArgs } from './dto/audit-filter.args.js';
import { FileDownload } from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';

export const AuditRecordConnection = connectionType(AuditRecord, 'AuditRecord', '审计记录');

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditRecordConnection, {
    description:
      '审计记录（仅安全审计员）：登录与失败、查看明文、导出、账号和权限变更，按操作人、动作、对象、时间筛选，最新的在前 / Audit trail',
  })
  auditRecords(
    @Args(() => AuditFilterArgs) filter: AuditFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<AuditRecord>> {
    return new AuditService(ctx.em, requirePrincipal(ctx)).list({ ...filter, ...page });
  }

  @Authorized()
  @Query(() => FileDownload, {
    description: '导出审计记录为 .xlsx（仅安全审计员，条件同 auditRecords，单次最多 5 万条）；导出本身也记入审计',
  })
  exportAuditRecords(
    @Args(() => AuditFilterArgs) filter: AuditFilterArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<FileDownload> {
    return new AuditExportService(ctx.em, requirePrincipal(ctx), ctx.clientAddress ?? null).export(filter);
  }
}
