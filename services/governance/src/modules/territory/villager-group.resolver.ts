import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { VillagerGroup } from './villager-group.entity.js';
import { VillagerGroupService } from './villager-group.service.js';
import { CreateVillagerGroupInput } from './dto/create-villager-group.input.js';
import { Region } from '../region/index.js';
import type { GovernanceContext } from '../../context.js';

const service = (ctx: GovernanceContext): VillagerGroupService =>
  new VillagerGroupService(ctx.em, requirePrincipal(ctx));

@Resolver(() => VillagerGroup)
export class VillagerGroupResolver {
  @Authorized()
  @Query(() => [VillagerGroup], { description: '某村的村民小组 / Villager groups of a village' })
  villagerGroups(
    @Arg('villageCode', () => String) villageCode: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<VillagerGroup[]> {
    return service(ctx).list(villageCode);
  }

  @Authorized()
  @Mutation(() => VillagerGroup, { description: '新建村民小组（县、乡镇管理员，村党组织书记）' })
  createVillagerGroup(
    @Arg('input', () => CreateVillagerGroupInput) input: CreateVillagerGroupInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<VillagerGroup> {
    return service(ctx).create(input);
  }
}

@Resolver(() => Region)
export class RegionVillagerGroupResolver {
  @FieldResolver(() => [VillagerGroup], { description: '村民小组（村级区划才有）' })
  villagerGroups(@Root() r: Region, @Ctx() ctx: GovernanceContext): Promise<VillagerGroup[]> {
    if (r.level !== 'VILLAGE') return Promise.resolve([]);
    return requestLoader(
      ctx,
      'region.villagerGroups',
      (codes) => service(ctx).ofVillages(codes),
      [] as VillagerGroup[],
    ).load(r.code);
  }
}
