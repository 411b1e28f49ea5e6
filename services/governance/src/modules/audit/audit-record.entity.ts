import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v7 } from 'uuid';

export enum AuditAction {
  UNMASK = 'UNMASK',
  /** An exact lookup by ID number or phone (it reveals whose they are). */
  LOOKUP = 'LOOKUP',
  EXPORT = 'EXPORT',
  IMPORT = 'IMPORT',
  PERMISSION_CHANGE = 'PERMISSION_CHANGE',
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  /** A rotated refresh token was used again: its session was revoked. */
  SESSION_REVOKED = 'SESSION_REVOKED',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
  ACCOUNT_CREATE = 'ACCOUNT_CREATE',
  ACCOUNT_UPDATE = 'ACCOUNT_UPDATE',
  ACCOUNT_DISABLE = 'ACCOUNT_DISABLE',
  ACCOUNT_ENABLE = 'ACCOUNT_ENABLE',
  PASSWORD_RESET = 'PASSWORD_RESET',
  ROLE_ASSIGN = 'ROLE_ASSIGN',
  ACCOUNT_UNLOCK = 'ACCOUNT_UNLOCK',
  SETTINGS_CHANGE = 'SETTINGS_CHANGE',
  /** A made-up or revoked household code on the public service-order page. */
  PUBLIC_CODE_REFUSED = 'PUBLIC_CODE_REFUSED',
}

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  UNMASK: '查看明文',
  LOOKUP: '按身份证号或电话查找',
  EXPORT: '导出',
  IMPORT: '导入',
  PERMISSION_CHANGE: '权限变更',
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  LOGOUT: '退出登录',
  SESSION_REVOKED: '会话被吊销',
  PASSWORD_CHANGE: '修改密码',
  ACCOUNT_CREATE: '创建账号',
  ACCOUNT_UPDATE: '修改账号',
  ACCOUNT_DISABLE: '停用账号',
  ACCOUNT_ENABLE: '启用账号',
  PASSWORD_RESET: '重置密码',
  ROLE_ASSIGN: '分配角色',
  ACCOUNT_UNLOCK: '解锁账号',
  SETTINGS_CHANGE: '修改安全设置',
  PUBLIC_CODE_REFUSED: '无效的农户服务码',
};
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: '审计动作 / Audited action',
  valuesConfig: Object.fromEntries(Object.entries(AUDIT_ACTION_LABELS).map(([k, v]) => [k, { description: v }])),
});

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}
export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = { SUCCESS: '成功', FAILURE: '失败' };
registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: '结果 / Outcome',
  valuesConfig: Object.fromEntries(Object.entries(AUDIT_OUTCOME_LABELS).map(([k, v]) => [k, { description: v }])),
});

/**
 * Who did what to whom, when, from where and why: logins and failures, personal data seen or
 * moved, account and permission changes. Append-only: the database refuses UPDATE and DELETE.
 */
@ObjectType('AuditRecord', { description: '审计记录 / Audit record' })
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['at'] })
export class AuditRecord {
  @Field(() => ID, { description: '编号' }) @PrimaryKey({ type: 'uuid' }) id: string = v7();
  @Field(() => AuditAction, { description: '动作' })
  @Index()
  @Enum({ items: () => AuditAction, type: 'string' })
  action!: AuditAction;
  @Field(() => AuditOutcome, { description: '结果（登录失败等为“失败”）' })
  @Enum({ items: () => AuditOutcome, type: 'string', default: AuditOutcome.SUCCESS })
  outcome: AuditOutcome = AuditOutcome.SUCCESS;

  @Field(() => String, { nullable: true, description: '操作人账号编号（用户名不存在的登录失败为空）' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { description: '操作人用户名（登录失败时为尝试的用户名）' })
  @Property({ type: 'string', length: 64 })
  actorName!: string;
  @Field(() => String, { nullable: true, description: '客户端地址' })
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress: string | null = null;
  @Field(() => String, { description: '对象类型，如 Resident、Account' })
  @Property({ type: 'string', length: 32 })
  subjectType!: string;
  @Field(() => String, { nullable: true, description: '对象编号' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;
  @Field(() => String, { description: '对象所在区划（与账号无关的记录为空）' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;
  @Field(() => String, { description: '事由' }) @Property({ type: 'text' }) reason!: string;
  @Field(() => String, { nullable: true, description: '补充信息（字段、条数、改了什么等；从不含密码）' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;
  @Field(() => Date, { description: '时间' }) @Property({ type: 'datetime', defaultRaw: 'now()' }) at: Date =
    new Date();
}
