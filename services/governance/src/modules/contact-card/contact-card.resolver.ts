import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { ContactCardService } from './contact-card.service.js';
import { FileDownload } from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';

@Resolver()
export class ContactCardResolver {
  @Authorized()
  @Query(() => FileDownload, {
    description:
      '打印党群联系卡（便民服务卡）PDF：选中的农户或整个网格，一户一卡，A4 每页 8 张带裁切线；含联户党员姓名、职务、电话，网格长和二维码',
  })
  contactCards(
    @Arg('householdIds', () => [ID], { nullable: true, description: '要打印的农户编号' }) householdIds: string[] | null,
    @Arg('gridId', () => ID, { nullable: true, description: '打印整个网格（含下级网格）的农户' }) gridId: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<FileDownload> {
    return new ContactCardService(ctx.em, requirePrincipal(ctx), ctx.crypto).cards(householdIds, gridId);
  }
}
