import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre } from './cadre.entity.js';
import { CadreService } from './cadre.service.js';
import type { GovernanceContext } from '../../context.js';

export const CadreConnection = connectionType(Cadre, 'Cadre', '党员干部');

@ArgsType()
class CadresArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;
}

const cadreService = (ctx: GovernanceContext): CadreService => new CadreService(ctx.em, requirePrincipal(ctx));

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized()
  @Query(() => Cadre, { nullable: true, description: '按编号查党员干部；不在管辖范围内时为空' })
  cadre(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    return cadreService(ctx).get(id);
  }

  @Authorized()
  @Query(() => CadreConnection, { description: '党员干部列表（限本人管辖范围）' })
  cadres(@Args(() => CadresArgs) args: CadresArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Cadre>> {
    return cadreService(ctx).list(args);
  }
}

/** `_entities` lookups of cadres (points, meetings), batched and scoped. */
export const cadreReference = {
  Cadre: {
    __resolveReference(ref: { id: string }, ctx: GovernanceContext): Promise<Cadre | null> {
      return requestLoader(ctx, 'cadre.ref', (ids) => cadreService(ctx).getMany(ids), null as Cadre | null).load(ref.id);
    },
  },
};
