import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '@xiangzhi/subgraph-kit';
import { Account } from './account.entity.js';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
  LOCKED = 'LOCKED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: '账号状态 / Account status',
  valuesConfig: {
    ACTIVE: { description: '正常' },
    DISABLED: { description: '已停用' },
    LOCKED: { description: '已锁定（连续输错密码）' },
  },
});

/** Disabled wins over locked: a disabled account cannot log in whatever its lock. */
export const statusOf = (a: Account, now = new Date()): AccountStatus =>
  a.disabled
    ? AccountStatus.DISABLED
    : a.lockedUntil && a.lockedUntil > now
      ? AccountStatus.LOCKED
      : AccountStatus.ACTIVE;

export const AccountConnection = connectionType(Account, 'Account', '账号');

@ObjectType('CreatedAccount', {
  description: '新建账号或重置密码的结果：临时密码只显示这一次 / An account with its temporary password',
})
export class CreatedAccount {
  @Field(() => Account, { description: '账号' })
  account!: Account;

  @Field(() => String, { description: '临时密码：只显示这一次，请当面或以安全方式交给本人；首次登录须修改' })
  temporaryPassword!: string;
}
