import { ArgsType, Field, InputType } from 'type-graphql';
import { Role } from '@xiangzhi/auth';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { AccountStatus } from '../account.types.js';

@InputType('CreateAccountInput', { description: '新建账号（角色由安全管理员另行分配）/ A new account' })
export class CreateAccountInput {
  @Field(() => String, { description: '用户名：3–32 位小写字母、数字或下划线，创建后不能修改' })
  username!: string;

  @Field(() => String, { description: '显示名称（1–50 个字）' })
  displayName!: string;

  @Field(() => String, { description: '管辖区划代码（6 位县、9 位乡镇或 12 位村，须已存在且在本人管辖范围内）' })
  divisionCode!: string;
}

@InputType('UpdateAccountInput', { description: '修改账号：只改给出的项 / Account changes' })
export class UpdateAccountInput {
  @Field(() => String, { nullable: true, description: '显示名称（1–50 个字）' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: '管辖区划代码；修改后该账号须重新登录' })
  divisionCode?: string | null;
}

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '按用户名或显示名称查找（包含即可）' })
  search?: string | null;

  @Field(() => Role, { nullable: true, description: '只看拥有该角色的账号' })
  role?: Role | null;

  @Field(() => AccountStatus, { nullable: true, description: '只看该状态的账号' })
  status?: AccountStatus | null;
}
