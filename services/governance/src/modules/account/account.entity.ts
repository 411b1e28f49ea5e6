import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field(() => String, { description: '用户名' })
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

  @Property({ type: 'boolean' })
  disabled: Opt<boolean> = false;

  @Property({ type: 'integer' })
  failedLogins: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;
}
