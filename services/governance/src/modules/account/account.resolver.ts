import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@xiangzhi/auth';
import { requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { AccountConnection, CreatedAccount } from './account.types.js';
import { AccountService } from './account.service.js';
import { AccountsArgs, CreateAccountInput, UpdateAccountInput } from './dto/account.input.js';
import type { GovernanceContext } from '../../context.js';

const service = (ctx: GovernanceContext): AccountService =>
  new AccountService(ctx.em, requirePrincipal(ctx), ctx.clientAddress ?? null);

/** Account administration (三员分立): thin; the rules are in AccountService. */
@Resolver(() => Account)
export class AccountAdminResolver {
  @Authorized()
  @Query(() => AccountConnection, {
    description: '账号列表（系统管理员、安全管理员，限本人管辖区划），按用户名排序 / Accounts',
  })
  accounts(@Args(() => AccountsArgs) args: AccountsArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Account>> {
    return service(ctx).list(args);
  }

  @Authorized()
  @Query(() => Account, {
    nullable: true,
    description: '一个账号（系统管理员、安全管理员）；不存在或不在管辖范围内时为空',
  })
  account(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Account | null> {
    return service(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => CreatedAccount, {
    description: '新建账号（系统管理员）：生成临时密码，只显示一次，首次登录须修改；角色由安全管理员分配',
  })
  createAccount(
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<CreatedAccount> {
    return service(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Account, { description: '修改显示名称、管辖区划（系统管理员）；版本号过期时返回 CONFLICT' })
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Account> {
    return service(ctx).update(id, version, input);
  }

  @Authorized()
  @Mutation(() => Account, { description: '停用或重新启用账号（系统管理员）；停用后其全部会话立即失效；不能停用自己' })
  setAccountDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean, { description: 'true 停用，false 启用' }) disabled: boolean,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Account> {
    return service(ctx).setDisabled(id, disabled, version);
  }

  @Authorized()
  @Mutation(() => CreatedAccount, {
    description: '重置密码（系统管理员）：生成临时密码，下次登录须修改，其全部会话失效',
  })
  resetPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<CreatedAccount> {
    return service(ctx).resetPassword(id);
  }

  @Authorized()
  @Mutation(() => Account, {
    description: '分配角色（安全管理员）：三员和数据接口客户端须单独授予；不能修改自己的角色；该账号须重新登录',
  })
  assignRoles(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号' }) version: number,
    @Arg('roles', () => [Role], { description: '授予后的全部角色' }) roles: Role[],
    @Ctx() ctx: GovernanceContext,
  ): Promise<Account> {
    return service(ctx).assignRoles(id, version, roles);
  }

  @Authorized()
  @Mutation(() => Account, { description: '解锁账号（安全管理员）：清除锁定和连续失败次数' })
  unlockAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Account> {
    return service(ctx).unlock(id);
  }
}
