import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '@xiangzhi/subgraph-kit';
import { SecuritySettings } from './security-settings.entity.js';
import { SecuritySettingsService } from './security-settings.service.js';
import { SecuritySettingsInput } from './dto/security-settings.input.js';
import type { GovernanceContext } from '../../context.js';

const service = (ctx: GovernanceContext): SecuritySettingsService =>
  new SecuritySettingsService(ctx.em, requirePrincipal(ctx), ctx.clientAddress ?? null);

@Resolver(() => SecuritySettings)
export class SecuritySettingsResolver {
  @Authorized()
  @Query(() => SecuritySettings, {
    description: '安全设置：锁定、会话空闲超时、登录限流（仅安全管理员）/ Security settings',
  })
  securitySettings(@Ctx() ctx: GovernanceContext): Promise<SecuritySettings> {
    return service(ctx).get();
  }

  @Authorized()
  @Mutation(() => SecuritySettings, {
    description: '修改安全设置（仅安全管理员，超出范围的项返回 SECURITY_SETTING_<项>_INVALID 并指明字段）；记入审计',
  })
  updateSecuritySettings(
    @Arg('input', () => SecuritySettingsInput) input: SecuritySettingsInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<SecuritySettings> {
    return service(ctx).update(input);
  }
}
