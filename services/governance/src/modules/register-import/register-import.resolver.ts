import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ArgMaxLength, requirePrincipal } from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';
import { FileDownload, XLSX_CONTENT_TYPE, fileDownload } from '@xiangzhi/subgraph-kit';
import { ImportJob, ImportMode, ImportRowError } from './import-job.entity.js';
import { RegisterImportService, decodeUpload } from './register-import.service.js';
import { MAX_BODY_BYTES } from './register-import.errors.js';
import { registerTemplate } from './register-template.js';

const service = (ctx: GovernanceContext): RegisterImportService =>
  new RegisterImportService(ctx.em, requirePrincipal(ctx), ctx.crypto, ctx.log);

@Resolver(() => ImportJob)
export class RegisterImportResolver {
  @Authorized()
  @Query(() => FileDownload, {
    description: '下载人员信息台账导入模板（.xlsx，含填写说明和下拉选项）/ The register import template',
  })
  async registerTemplate(): Promise<FileDownload> {
    return fileDownload('人员信息台账导入模板.xlsx', XLSX_CONTENT_TYPE, await registerTemplate());
  }

  @Authorized()
  @Query(() => ImportJob, { nullable: true, description: '查看导入任务（状态、进度、错误清单）；不在管辖范围内时为空' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<ImportJob | null> {
    return service(ctx).get(id);
  }

  @Authorized()
  // the upload is limited by the body limit here, so that decodeUpload answers a file over MAX_IMPORT_BYTES
  // (FILE_TOO_LARGE)
  @ArgMaxLength({ villageCode: 64, fileName: 1000, contentBase64: MAX_BODY_BYTES })
  @Mutation(() => ImportJob, {
    description:
      '上传人员信息台账（.xlsx）并逐行校验，生成错误清单；此时不写入任何数据。校验在后台进行，请轮询 importJob 查看进度（status 变为 VALIDATED 或 FAILED）',
  })
  async validateRegisterImport(
    @Arg('villageCode', () => String, { description: '导入到的村区划代码（12 位）' }) villageCode: string,
    @Arg('fileName', () => String, { description: '文件名' }) fileName: string,
    @Arg('contentBase64', () => String, { description: '文件内容（base64），不超过 18 MB' }) contentBase64: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ImportJob> {
    const { job, done } = await service(ctx).startValidation(villageCode, fileName, decodeUpload(contentBase64));
    void done;
    return job;
  }

  @Authorized()
  @Mutation(() => ImportJob, {
    description:
      '按选择的方式写入已校验的文件：全部导入（有错误行则拒绝）或只导入无错误的户。按身份证号匹配，重复导入只更新、不重复建户。写入在后台进行，请轮询 importJob 查看进度',
  })
  async commitRegisterImport(
    @Arg('jobId', () => ID, { description: '导入任务编号' }) jobId: string,
    @Arg('mode', () => ImportMode, { description: '导入方式' }) mode: ImportMode,
    @Ctx() ctx: GovernanceContext,
  ): Promise<ImportJob> {
    const { job, done } = await service(ctx).startCommit(jobId, mode);
    void done;
    return job;
  }

  @FieldResolver(() => [ImportRowError], { description: '错误清单：先列整个文件的问题，再按行号排列' })
  errors(
    @Root() job: ImportJob,
    @Ctx() ctx: GovernanceContext,
    @Arg('first', () => Int, { defaultValue: 100, description: '本页条数（1–1000）' }) first: number,
    @Arg('after', () => Int, { defaultValue: 0, description: '跳过前面多少条（即已读取的条数）' }) after: number,
  ): Promise<ImportRowError[]> {
    return service(ctx).errors(job, first, after);
  }
}
