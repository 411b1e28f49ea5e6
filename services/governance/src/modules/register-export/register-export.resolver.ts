import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';
import { FileDownload } from '@xiangzhi/subgraph-kit';
import { RegisterExportService } from './register-export.service.js';

@Resolver()
export class RegisterExportResolver {
  @Authorized()
  @Query(() => FileDownload, {
    description:
      '导出人员信息台账（.xlsx，列与导入模板相同），限本人管辖范围；默认脱敏，明文导出须有权限并填写事由；每次导出都记入审计',
  })
  exportRegister(
    @Ctx() ctx: GovernanceContext,
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
    regionCode?: string | null,
    @Arg('unmasked', () => Boolean, { defaultValue: false, description: '是否导出明文身份证号和电话（须有权限）' })
    unmasked?: boolean,
    @Arg('reason', () => String, { nullable: true, description: '导出事由（明文导出时必填）' }) reason?: string | null,
  ): Promise<FileDownload> {
    return new RegisterExportService(ctx.em, requirePrincipal(ctx), ctx.crypto).export(
      regionCode,
      unmasked ?? false,
      reason,
    );
  }
}
