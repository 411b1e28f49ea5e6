import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Action, can } from '@xiangzhi/auth';
import { Account } from './account.entity.js';
import { principalOf } from './password-hash.js';

@Resolver(() => Account)
export class AccountPermissionsResolver {
  /**
   * What the pages ask instead of roles: the actions the permission table grants the account (none until a temporary
   * password is changed).
   */
  @FieldResolver(() => [String], {
    description: '该账号可执行的操作（权限表 Action 名称，如 REGISTER_READ）；须先改密码时为空',
  })
  permissions(@Root() account: Account): string[] {
    const p = principalOf(account);
    return Object.values(Action).filter((a) => can(p, a));
  }
}
