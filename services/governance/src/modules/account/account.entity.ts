import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Role, ROLE_LABELS } from '@xiangzhi/auth';

registerEnumType(Role, {
  name: 'Role',
  description: '角色 / Role',
  valuesConfig: Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, v]) => [k, { description: v }])),
});

/** A login of the portal or an API client; its jurisdiction is a division code. */
@ObjectType('Account', { description: '账号 / Account' })
@Entity({ tableName: 'account' })
export class Account extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '用户名（3–32 位小写字母、数字或下划线）' })
  @Unique()
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Field(() => String, { description: '显示名称' })
  @Property({ type: 'string', length: 50 })
  displayName!: string;

  /** argon2id hash; never leaves the service. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Field(() => [Role], { description: '角色' })
  @Enum({ items: () => Role, array: true, type: 'string[]' })
  roles: Opt<Role[]> = [];

  @Field(() => String, { description: '管辖区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'uuid', nullable: true })
  cadreId: string | null = null;

  @Property({ type: 'uuid[]' })
  gridIds: Opt<string[]> = [];

  @Field(() => Boolean, { description: '是否已停用（停用后不能登录）' })
  @Property({ type: 'boolean' })
  disabled: Opt<boolean> = false;

  /** Login attempts since the last success; counted by one atomic UPDATE before the password is checked. */
  @Property({ type: 'integer' })
  failedLogins: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: '锁定到何时（连续输错密码后自动锁定；空表示未锁定）' })
  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Field(() => Boolean, { description: '下次登录须先修改密码（新建账号、重置密码后）' })
  @Property({ type: 'boolean' })
  mustChangePassword: Opt<boolean> = false;

  @Field(() => Date, { nullable: true, description: '上次成功登录时间' })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Field(() => Date, { description: '创建时间' })
  declare createdAt: Date;

  @Field(() => Int, { description: '版本号：修改时传回，防止覆盖他人的修改' })
  declare version: number;
}
