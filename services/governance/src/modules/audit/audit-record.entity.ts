import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v7 } from 'uuid';
import { PrimaryKey } from '@mikro-orm/core';

export enum AuditAction { UNMASK = 'UNMASK', EXPORT = 'EXPORT', IMPORT = 'IMPORT', PERMISSION_CHANGE = 'PERMISSION_CHANGE', LOOKUP = 'LOOKUP' }
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: '审计动作 / Audited action',
  valuesConfig: { UNMASK: { description: '查看明文' }, EXPORT: { description: '导出' }, IMPORT: { description: '导入' }, PERMISSION_CHANGE: { description: '权限变更' }, LOOKUP: { description: '按身份证号或电话精确查找' } },
});

/** Who saw or moved personal data, whose, when and why. Append-only. */
@ObjectType('AuditRecord', { description: '审计记录 / Audit record' })
@Entity({ tableName: 'audit_record' })
export class AuditRecord {
  @Field(() => ID, { description: '编号' }) @PrimaryKey({ type: 'uuid' }) id: string = v7();
  @Field(() => AuditAction, { description: '动作' }) @Enum({ items: () => AuditAction, type: 'string' }) action!: AuditAction;
  @Field(() => String, { description: '操作人账号编号' }) @Index() @Property({ type: 'uuid' }) actorId!: string;
  @Field(() => String, { description: '操作人用户名' }) @Property({ type: 'string', length: 64 }) actorName!: string;
  @Field(() => String, { description: '对象类型，如 Resident' }) @Property({ type: 'string', length: 32 }) subjectType!: string;
  @Field(() => String, { nullable: true, description: '对象编号' }) @Index() @Property({ type: 'uuid', nullable: true }) subjectId: string | null = null;
  @Field(() => String, { description: '对象所在区划' }) @Index() @Property({ type: 'string', length: 12 }) divisionCode!: string;
  @Field(() => String, { description: '事由' }) @Property({ type: 'text' }) reason!: string;
  @Field(() => String, { nullable: true, description: '补充信息（字段、条数等）' }) @Property({ type: 'text', nullable: true }) detail: string | null = null;
  @Field(() => Date, { description: '时间' }) @Property({ type: 'datetime', defaultRaw: 'now()' }) at: Date = new Date();
}
