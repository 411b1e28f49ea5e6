import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import type { PolicyRule } from './policy-rule.js';

/** The kinds of policy of 政策落实到户 (seed 000: 产业增收、安居工程、创业就业、公共服务、社会保障、生态环保). */
export enum PolicyCategory {
  INDUSTRY = 'INDUSTRY',
  HOUSING = 'HOUSING',
  EMPLOYMENT = 'EMPLOYMENT',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  ENVIRONMENT = 'ENVIRONMENT',
  OTHER = 'OTHER',
}
registerEnumType(PolicyCategory, {
  name: 'PolicyCategory',
  description: '政策类别 / Policy category',
  valuesConfig: {
    INDUSTRY: { description: '产业增收' },
    HOUSING: { description: '安居工程' },
    EMPLOYMENT: { description: '创业就业' },
    PUBLIC_SERVICE: { description: '公共服务' },
    SOCIAL_SECURITY: { description: '社会保障' },
    ENVIRONMENT: { description: '生态环保' },
    OTHER: { description: '其他' },
  },
});

/** One policy of the catalog, with its eligibility rule as data (a JSON tree, see policy-rule.ts). */
@ObjectType('Policy', { description: '惠民政策 / Policy' })
@Entity({ tableName: 'policy' })
export class Policy extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '政策名称（不超过 60 字）' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => PolicyCategory, { description: '类别' })
  @Enum({ items: () => PolicyCategory, type: 'string' })
  category!: PolicyCategory;

  @Field(() => String, { description: '政策要点（不超过 500 字）' })
  @Property({ type: 'string', length: 500 })
  summary!: string;

  @Field(() => String, { description: '发文单位' })
  @Property({ type: 'string', length: 60 })
  issuingBody!: string;

  @Field(() => String, { nullable: true, description: '生效日期 YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  validFrom: string | null = null;

  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  @Field(() => String, { description: '适用区划代码（县、乡镇或村）' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => Boolean, { description: '是否启用' })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => JSONResolver, { description: '享受条件（规则树 JSON，由规则编辑器生成）' })
  @Property({ type: 'json' })
  rule!: PolicyRule;

  @Field(() => Boolean, {
    description: '享受条件涉及低保、重病重残等敏感信息：无权查看个人信息的角色只能看到户数',
  })
  @Property({ type: 'boolean' })
  sensitive: Opt<boolean> = false;

  @Field(() => String, { description: '最后修改人用户名' })
  @Property({ type: 'string', length: 64 })
  updatedBy!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
