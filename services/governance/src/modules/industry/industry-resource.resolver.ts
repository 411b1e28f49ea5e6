import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, can } from '@xiangzhi/auth';
import { connectionType, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { maskPhone } from '../../pii/phone.js';
import { IndustryResource } from './industry.entity.js';
import { IndustryResourceService } from './industry-resource.service.js';
import { IndustryResourceInput, IndustryResourcesArgs, UpdateIndustryResourceInput } from './dto/industry.input.js';
import type { GovernanceContext } from '../../context.js';

export const IndustryResourceConnection = connectionType(IndustryResource, 'IndustryResource', '产业资源');

const resources = (ctx: GovernanceContext): IndustryResourceService =>
  new IndustryResourceService(ctx.em, requirePrincipal(ctx));

@Resolver(() => IndustryResource)
export class IndustryResourceResolver {
  @Authorized()
  @Query(() => IndustryResourceConnection, { description: '产业资源：科技特派员、企业、合作社（本辖区及上级的）' })
  industryResources(
    @Args(() => IndustryResourcesArgs) args: IndustryResourcesArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<IndustryResource>> {
    return resources(ctx).list(args);
  }

  @Authorized()
  @Mutation(() => IndustryResource, { description: '登记产业资源' })
  createIndustryResource(
    @Arg('input', () => IndustryResourceInput) input: IndustryResourceInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryResource> {
    return resources(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => IndustryResource, { description: '修改产业资源（带版本号）' })
  updateIndustryResource(
    @Arg('input', () => UpdateIndustryResourceInput) input: UpdateIndustryResourceInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<IndustryResource> {
    return resources(ctx).update(input);
  }

  /**
   * A resource's phone is an organisation's contact, not a villager's personal data (a 科技特派员
   * gives it out to be called): in full to readers of the organisation (ORG_READ), masked for others.
   */
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() r: IndustryResource, @Ctx() ctx: GovernanceContext): string | null {
    if (!r.phone) return null;
    return can(requirePrincipal(ctx), Action.ORG_READ) ? r.phone : maskPhone(r.phone);
  }
}
