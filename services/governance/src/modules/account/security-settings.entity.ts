import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** The one row of security settings (id 1); the defaults below hold until the security administrator saves. */
@ObjectType('SecuritySettings', { description: '安全设置 / Security settings' })
@Entity({ tableName: 'security_settings' })
export class SecuritySettings {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number = 1;

  @Field(() => Int, { description: '连续输错密码几次后锁定账号（3–10，默认 5）' })
  @Property({ type: 'integer' })
  maxFailedLogins: number = 5;

  @Field(() => Int, { description: '锁定时长，分钟（1–1440，默认 15）' })
  @Property({ type: 'integer' })
  lockMinutes: number = 15;

  @Field(() => Int, { description: '会话空闲多少分钟后须重新登录（5–720，默认 30）' })
  @Property({ type: 'integer' })
  idleMinutes: number = 30;

  @Field(() => Int, { description: '同一用户名每分钟最多登录尝试次数（3–100，默认 10）' })
  @Property({ type: 'integer' })
  loginsPerMinutePerUser: number = 10;

  @Field(() => Int, { description: '同一客户端地址每分钟最多登录尝试次数（10–1000，默认 30）' })
  @Property({ type: 'integer' })
  loginsPerMinutePerAddress: number = 30;

  @Field(() => Date, { nullable: true, description: '最近修改时间' })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}

/** Each setting's allowed range, checked on save (SECURITY_SETTING_<KEY>_INVALID naming the field). */
export const SECURITY_SETTING_RANGES = {
  maxFailedLogins: { min: 3, max: 10, label: '锁定前允许输错密码的次数' },
  lockMinutes: { min: 1, max: 1440, label: '锁定时长（分钟）' },
  idleMinutes: { min: 5, max: 720, label: '会话空闲超时（分钟）' },
  loginsPerMinutePerUser: { min: 3, max: 100, label: '同一用户名每分钟登录尝试次数' },
  loginsPerMinutePerAddress: { min: 10, max: 1000, label: '同一地址每分钟登录尝试次数' },
} as const;

export type SecuritySettingKey = keyof typeof SECURITY_SETTING_RANGES;
