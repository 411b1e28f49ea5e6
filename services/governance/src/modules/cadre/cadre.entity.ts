import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

export enum CadreKind {
  TOWNSHIP_CADRE = 'TOWNSHIP_CADRE',
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  WORK_TEAM = 'WORK_TEAM',
  PARTY_MEMBER = 'PARTY_MEMBER',
  ACTIVIST = 'ACTIVIST',
}
registerEnumType(CadreKind, {
  name: 'CadreKind',
  description: '党员干部类别 / Cadre kind',
  valuesConfig: {
    TOWNSHIP_CADRE: { description: '乡镇干部' },
    VILLAGE_COMMITTEE: { description: '村两委成员' },
    WORK_TEAM: { description: '驻村工作队员' },
    PARTY_MEMBER: { description: '农村党员' },
    ACTIVIST: { description: '入党积极分子' },
  },
});

/** A party member or cadre who takes households (联户党员干部). */
@Directive('@key(fields: "id")')
@ObjectType('Cadre', { description: '党员干部 / Cadre who is paired with households' })
@Entity({ tableName: 'cadre' })
export class Cadre extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '姓名' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => CadreKind, { description: '类别' })
  @Enum({ items: () => CadreKind, type: 'string' })
  kind!: CadreKind;

  @Field(() => String, { description: '职务' })
  @Property({ type: 'string', length: 50 })
  post!: string;

  @Field(() => String, { description: '所属区划代码（村或乡镇）' })
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  phoneCipher: string | null = null;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  phoneIndex: string | null = null;

  /** Cadres' work phones are printed on contact cards; the masked form is what lists show. */
  @Field(() => String, { nullable: true, description: '联系电话（脱敏）' })
  @Property({ type: 'string', length: 16, nullable: true })
  phoneMasked: string | null = null;

  /** Own pairing capacity; null means the jurisdiction's setting (`Cadre.capacity` answers the one in force). */
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => Boolean, { description: '是否包村领导（按季度走访）' })
  @Property({ type: 'boolean', default: false })
  isLiaisonLeader: Opt<boolean> = false;

  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
