import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Action, can } from '@xiangzhi/auth';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { AccountStatus, statusOf } from './account.types.js';
import { SessionService } from './session.service.js';
import type { GovernanceContext } from '../../context.js';
import { Region } from '../region/index.js';
import { Cadre } from '../cadre/index.js';

@ObjectType('AuthPayload', { description: '登录结果 / Login result' })
export class AuthPayload {
  @Field(() => String, { description: '访问令牌（15 分钟有效）' }) accessToken!: string;
  @Field(() => String, { description: '刷新令牌（用一次即换新；已换过的再次使用会使整个会话失效）' })
  refreshToken!: string;
  @Field(() => Date, { description: '访问令牌到期时间' }) expiresAt!: Date;
  @Field(() => Account, { description: '当前账号' }) account!: Account;
}

const sessions = (ctx: GovernanceContext): SessionService =>
  new SessionService(ctx.em, ctx.signer, ctx.clientAddress ?? null);

@Resolver(() => Account)
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      '用户名密码登录；连续输错将锁定，频繁尝试将限流（RATE_LIMITED）；须改密码的账号登录后只能修改密码 / Log in',
  })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<AuthPayload> {
    return sessions(ctx).login(username, password);
  }

  @Mutation(() => AuthPayload, {
    description: '用刷新令牌换取新令牌；不传时由网关从 httpOnly Cookie 取 / Refresh the session',
  })
  refresh(
    @Arg('refreshToken', () => String, { nullable: true, description: '刷新令牌' }) refreshToken: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<AuthPayload> {
    return sessions(ctx).refresh(refreshToken);
  }

  @Mutation(() => Boolean, {
    description: '退出登录：该会话的全部刷新令牌失效；没有可结束的会话时返回 false / Log out',
  })
  logout(
    @Arg('refreshToken', () => String, { nullable: true, description: '刷新令牌；不传时由网关从 Cookie 取' })
    refreshToken: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<boolean> {
    return sessions(ctx).logout(refreshToken);
  }

  @Authorized()
  @Mutation(() => AuthPayload, {
    description:
      '修改本人密码（新密码 10–64 位，至少三类字符，不含用户名）；其他会话全部退出 / Change the own password',
  })
  changePassword(
    @Arg('currentPassword', () => String, { description: '当前密码' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: '新密码' }) newPassword: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<AuthPayload> {
    return sessions(ctx).changePassword(requirePrincipal(ctx), currentPassword, newPassword);
  }

  @Authorized()
  @Query(() => Account, { description: '当前登录账号 / The caller' })
  me(@Ctx() ctx: GovernanceContext): Promise<Account> {
    return sessions(ctx).me(requirePrincipal(ctx));
  }

  @FieldResolver(() => AccountStatus, { description: '账号状态：正常、已停用或已锁定' })
  status(@Root() account: Account): AccountStatus {
    return statusOf(account);
  }

  @FieldResolver(() => Region, { nullable: true, description: '管辖区划' })
  region(@Root() account: Account, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return ctx.em
      .getReference(Region, account.divisionCode, { wrapped: true })
      .load({ dataloader: true })
      .then((r) => r ?? null);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '对应的党员干部档案（本人，或有权查看花名册者可见）' })
  cadre(@Root() account: Account, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    if (!account.cadreId) return Promise.resolve(null);
    // the 三员 list accounts but see no business records
    const p = ctx.principal;
    if (!p || (p.accountId !== account.id && !can(p, Action.ROSTER_READ, { divisionCode: account.divisionCode })))
      return Promise.resolve(null);
    return ctx.em
      .getReference(Cadre, account.cadreId, { wrapped: true })
      .load({ dataloader: true })
      .then((c) => c ?? null);
  }
}
