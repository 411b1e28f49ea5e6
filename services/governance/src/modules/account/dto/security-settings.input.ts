import { Field, InputType, Int } from 'type-graphql';

@InputType('SecuritySettingsInput', { description: '修改安全设置：只改给出的项 / Security settings to change' })
export class SecuritySettingsInput {
  @Field(() => Int, { nullable: true, description: '连续输错密码几次后锁定账号（3–10）' })
  maxFailedLogins?: number | null;

  @Field(() => Int, { nullable: true, description: '锁定时长，分钟（1–1440）' })
  lockMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '会话空闲超时，分钟（5–720）' })
  idleMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '同一用户名每分钟最多登录尝试次数（3–100）' })
  loginsPerMinutePerUser?: number | null;

  @Field(() => Int, { nullable: true, description: '同一客户端地址每分钟最多登录尝试次数（10–1000）' })
  loginsPerMinutePerAddress?: number | null;
}
