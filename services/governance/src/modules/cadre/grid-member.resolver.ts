import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Grid } from '../grid/index.js';
import { GridMember } from './grid-member.entity.js';
import { GridMemberService } from './grid-member.service.js';
import { AssignGridMemberInput, EndGridMemberInput } from './dto/grid-member.input.js';
import { Cadre } from './cadre.entity.js';
import type { GovernanceContext } from '../../context.js';

const service = (ctx: GovernanceContext): GridMemberService => new GridMemberService(ctx.em, requirePrincipal(ctx));

/** Grid.members: the posts are the cadre module's, so it answers the field on Grid. */
@Resolver(() => Grid)
export class GridMembersResolver {
  @FieldResolver(() => [GridMember], { description: '在任网格长、网格员（网格长在前）' })
  members(@Root() g: Grid, @Ctx() ctx: GovernanceContext): Promise<GridMember[]> {
    return requestLoader(ctx, 'grid.members', (ids) => service(ctx).activeOf(ids), [] as GridMember[]).load(g.id);
  }
}

@Resolver(() => GridMember)
export class GridMemberResolver {
  @Authorized()
  @Mutation(() => GridMember, { description: '任命网格长或网格员（每个网格只能有一名在任网格长）' })
  assignGridMember(
    @Arg('input', () => AssignGridMemberInput) input: AssignGridMemberInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<GridMember> {
    return service(ctx).assign(input);
  }

  @Authorized()
  @Mutation(() => GridMember, { description: '网格长、网格员卸任（保留任职记录）' })
  endGridMember(
    @Arg('input', () => EndGridMemberInput) input: EndGridMemberInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<GridMember> {
    return service(ctx).end(input);
  }

  @FieldResolver(() => Cadre, { description: '任职的党员干部' })
  async cadre(@Root() m: GridMember, @Ctx() ctx: GovernanceContext): Promise<Cadre> {
    return ctx.em.getReference(Cadre, m.cadre.id, { wrapped: true }).loadOrFail({ dataloader: true });
  }
}
