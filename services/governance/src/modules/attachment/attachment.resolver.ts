import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Attachment } from './attachment.entity.js';
import { AttachmentService } from './attachment.service.js';
import { UploadAttachmentInput } from './dto/upload-attachment.input.js';
import type { GovernanceContext } from '../../context.js';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Authorized()
  @Mutation(() => Attachment, {
    description: '上传一张照片（JPEG、PNG、WebP，≤ 5 MB），得到编号；登记民情、巡查签到时带上编号即关联',
  })
  uploadAttachment(
    @Arg('input', () => UploadAttachmentInput) input: UploadAttachmentInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Attachment> {
    return new AttachmentService(ctx.em, requirePrincipal(ctx), ctx.files).upload(input);
  }

  // whoever sees the record sees its photos: the link is only handed out through the record's own field
  @FieldResolver(() => String, { description: '查看地址（短期有效的签名链接，约 1 小时）' })
  url(@Root() a: Attachment, @Ctx() ctx: GovernanceContext): string {
    return ctx.files.url(a.id);
  }
}
