import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { RosterService } from './roster.service.js';
import { RegionPageArgs } from './dto/pairing.input.js';
import { RosterRow, RosterRowConnection } from './pairing.types.js';
import { FileDownload } from '@xiangzhi/subgraph-kit';
import type { GovernanceContext } from '../../context.js';

@Resolver(() => RosterRow)
export class RosterResolver {
  @Authorized()
  @Query(() => RosterRowConnection, { description: '联户花名册（按 乡镇—村—网格 分组排列，电话脱敏）' })
  pairingRoster(
    @Args(() => RegionPageArgs) args: RegionPageArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<RosterRow>> {
    return new RosterService(ctx.em, requirePrincipal(ctx)).page(args.regionCode, args);
  }

  @Authorized()
  @Query(() => FileDownload, { description: '导出联户花名册 Excel（.xlsx，中文表头，电话脱敏；写审计记录）' })
  exportPairingRoster(
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
    regionCode: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<FileDownload> {
    return new RosterService(ctx.em, requirePrincipal(ctx)).export(regionCode);
  }
}
