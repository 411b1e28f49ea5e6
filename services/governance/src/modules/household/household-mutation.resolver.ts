import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdTagKind } from './household-tag.entity.js';
import { RegisterService } from './register.service.js';
import { ResidentService } from './resident.service.js';
import { CreateHouseholdInput, UpdateHouseholdInput } from './dto/household.input.js';
import { AddResidentInput, UpdateResidentInput } from './dto/resident.input.js';
import { UnmaskField } from '../audit/index.js';
import type { GovernanceContext } from '../../context.js';

const register = (ctx: GovernanceContext): RegisterService =>
  new RegisterService(ctx.em, requirePrincipal(ctx), ctx.crypto);
const residents = (ctx: GovernanceContext): ResidentService =>
  new ResidentService(ctx.em, requirePrincipal(ctx), ctx.crypto);

/** Writes to the household and resident register (人员信息分布台账). */
@Resolver()
export class HouseholdMutationResolver {
  @Authorized()
  @Mutation(() => Household, {
    description: '新建农户（连同户主）；所选三级网格须未满 / Register a household with its head',
  })
  createHousehold(
    @Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Household> {
    return register(ctx).createHousehold(input);
  }

  @Authorized()
  @Mutation(() => Household, { description: '修改农户信息（须带版本号；他人已修改时返回 CONFLICT）' })
  updateHousehold(
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Household> {
    return register(ctx).updateHousehold(input);
  }

  @Authorized()
  @Mutation(() => Resident, { description: '添加家庭成员' })
  addResident(
    @Arg('input', () => AddResidentInput) input: AddResidentInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Resident> {
    return residents(ctx).add(input);
  }

  @Authorized()
  @Mutation(() => Resident, { description: '修改家庭成员（须带版本号）' })
  updateResident(
    @Arg('input', () => UpdateResidentInput) input: UpdateResidentInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Resident> {
    return residents(ctx).update(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除家庭成员（须带版本号；本户还有其他成员时不能删除户主）' })
  removeResident(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GovernanceContext,
  ): Promise<boolean> {
    return residents(ctx).remove(id, version);
  }

  @Authorized()
  @Mutation(() => Household, { description: '设置特殊群体标签（记录设置人和时间；已有时只更新备注）' })
  setHouseholdTag(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('tag', () => HouseholdTagKind) tag: HouseholdTagKind,
    @Arg('note', () => String, { nullable: true }) note: string | null | undefined,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Household> {
    return register(ctx).setTag(householdId, tag, note);
  }

  @Authorized()
  @Mutation(() => Household, { description: '取消特殊群体标签（保留历史记录）' })
  removeHouseholdTag(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('tag', () => HouseholdTagKind) tag: HouseholdTagKind,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Household> {
    return register(ctx).removeTag(householdId, tag);
  }

  @Authorized()
  @Mutation(() => String, {
    description: '查看一项个人信息的明文（须有权限并填写事由，每次都记入审计）/ Unmask one field, audited',
  })
  unmaskResident(
    @Arg('id', () => ID) id: string,
    @Arg('field', () => UnmaskField) field: UnmaskField,
    @Arg('reason', () => String, { description: '查看事由（至少 2 个字）' }) reason: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<string> {
    return residents(ctx).unmask(id, field, reason);
  }
}
