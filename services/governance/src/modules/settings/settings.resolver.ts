import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { SettingService, type EffectiveSetting } from './setting.service.js';
import type { GovernanceContext } from '../../context.js';

@ObjectType('SettingValue', { description: '按区划生效的设置项 / A setting in force for a division' })
export class SettingValueType {
  @Field(() => String, { description: '设置项，如 grid.areaCapacity（三级网格户数上限）' })
  key!: string;

  @Field(() => String, { description: '设置项名称（中文）' })
  label!: string;

  @Field(() => JSONResolver, { description: '生效的取值（JSON）' })
  value!: unknown;

  @Field(() => String, { nullable: true, description: '取值来自哪一级区划的设置；为空表示系统默认值' })
  source!: string | null;
}

const service = (ctx: GovernanceContext): SettingService => new SettingService(ctx.em);

@Resolver(() => SettingValueType)
export class SettingsResolver {
  @Authorized()
  @Query(() => [SettingValueType], {
    description: '某一区划生效的全部设置（本级、上级或默认值）/ Settings in force for a division',
  })
  settings(
    @Arg('divisionCode', () => String) divisionCode: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<EffectiveSetting[]> {
    return service(ctx).list(requirePrincipal(ctx), divisionCode);
  }

  @Authorized()
  @Mutation(() => SettingValueType, {
    description: '修改本级区划的设置（县、乡镇管理员，村党组织书记）/ Set a value for a division',
  })
  updateSetting(
    @Arg('divisionCode', () => String) divisionCode: string,
    @Arg('key', () => String) key: string,
    @Arg('value', () => JSONResolver) value: unknown,
    @Ctx() ctx: GovernanceContext,
  ): Promise<EffectiveSetting> {
    return service(ctx).set(requirePrincipal(ctx), divisionCode, key, value);
  }
}
