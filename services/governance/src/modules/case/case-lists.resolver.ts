import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { FileDownload, fileDownload, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { CaseMeetingList, TownshipReviewArgs, VillageBriefingArgs } from './case-lists.types.js';
import { CaseListsService } from './case-lists.service.js';
import { renderMeetingList } from './case-lists.pdf.js';
import type { GovernanceContext } from '../../context.js';

const lists = (ctx: GovernanceContext): CaseListsService => new CaseListsService(ctx.em, requirePrincipal(ctx));
const pdf = async (list: CaseMeetingList): Promise<FileDownload> =>
  fileDownload(`${list.title}.pdf`, 'application/pdf', await renderMeetingList(list));

@Resolver()
export class CaseListsResolver {
  @Authorized()
  @Query(() => CaseMeetingList, {
    description: '民情碰头会（每周，村）：本村网格和村级未销号事项中上周以来新登记、已超期或被退回的',
  })
  villageBriefing(@Args(() => VillageBriefingArgs) a: VillageBriefingArgs, @Ctx() ctx: GovernanceContext) {
    return lists(ctx).villageBriefing(a.villageCode, a.since);
  }

  @Authorized()
  @Query(() => FileDownload, { description: '民情碰头会待议事项（打印用 PDF，A4 横向）' })
  async villageBriefingPdf(@Args(() => VillageBriefingArgs) a: VillageBriefingArgs, @Ctx() ctx: GovernanceContext) {
    return pdf(await lists(ctx).villageBriefing(a.villageCode, a.since));
  }

  @Authorized()
  @Query(() => CaseMeetingList, {
    description: '民情例会（乡镇）：在乡镇或县级办理的未销号事项，及本乡镇已超期、多次上报退回的事项',
  })
  townshipReview(@Args(() => TownshipReviewArgs) a: TownshipReviewArgs, @Ctx() ctx: GovernanceContext) {
    return lists(ctx).townshipReview(a.townshipCode);
  }

  @Authorized()
  @Query(() => FileDownload, { description: '民情例会待议事项（打印用 PDF，A4 横向）' })
  async townshipReviewPdf(@Args(() => TownshipReviewArgs) a: TownshipReviewArgs, @Ctx() ctx: GovernanceContext) {
    return pdf(await lists(ctx).townshipReview(a.townshipCode));
  }
}
