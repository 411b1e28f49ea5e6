import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';
import { AccountService } from './account.service.js';
import type { GovernanceContext } from '../../context.js';
import { Region } from '../region/region.entity.js';
import { Cadre } from '../cadre/cadre.entity.js';

@ObjectType('AuthPayload', { description: '登录结果 / Login result' })
export class AuthPayload {
  @Field(() => String, { description: '访问令牌（15 分钟有效）' }) accessToken!: string;
  @Field(() => String, { description: '刷新令牌（用一次即换新）' }) refreshToken!: string;
  @Field(() => Date, { description: '访问令牌到期时间' }) expiresAt!: Date;
  @Field(() => Account, { description: '当前账号' }) account!: Account;
}

const service = (ctx: GovernanceContext): AccountService => new AccountService(ctx.em, ctx.signer);

@Resolver(() => Account)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: '用户名密码登录 / Log in' })
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: GovernanceContext): Promise<AuthPayload> {
    return service(ctx).login(username, password);
  }

  @Mutation(() => AuthPayload, { description: '用刷新令牌换取新令牌 / Refresh the session' })
  refresh(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: GovernanceContext): Promise<AuthPayload> {
    return service(ctx).refresh(refreshToken);
  }

  @Authorized()
  @Query(() => Account, { description: '当前登录账号 / The caller' })
  me(@Ctx() ctx: GovernanceContext): Promise<Account> {
    return service(ctx).me(requirePrincipal(ctx));
  }

  @FieldResolver(() => Region, { nullable: true, description: '管辖区划' })
  region(@Root() account: Account, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return ctx.em.getReference(Region, account.divisionCode, { wrapped: true }).load({ dataloader: true }).then((r) => r ?? null);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: '对应的党员干部档案' })
  cadre(@Root() account: Account, @Ctx() ctx: GovernanceContext): Promise<Cadre | null> {
    if (!account.cadreId) return Promise.resolve(null);
    return ctx.em.getReference(Cadre, account.cadreId, { wrapped: true }).load({ dataloader: true }).then((c) => c ?? null);
  }
}
