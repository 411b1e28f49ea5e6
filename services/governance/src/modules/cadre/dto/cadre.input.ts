import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { CadreKind } from '../cadre.entity.js';

@InputType('CreateCadreInput', { description: '新增党员干部 / New cadre' })
export class CreateCadreInput {
  @Field(() => String, { description: '姓名' })
  name!: string;

  @Field(() => CadreKind, { description: '类别：乡镇干部、村两委成员、驻村工作队员、农村党员、入党积极分子' })
  kind!: CadreKind;

  @Field(() => String, { description: '职务，如 村党支部书记、网格员' })
  post!: string;

  @Field(() => String, { description: '所属区划代码：村（12 位）或乡镇（9 位）' })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: '工作电话：手机 11 位或带区号的座机；加密保存，列表中脱敏显示' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: '所在网格（就近编入网格）' })
  gridId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否包村领导（乡镇干部）' })
  isLiaisonLeader?: boolean | null;

  @Field(() => Int, { nullable: true, description: '本人联户上限；不填按所在辖区设置' })
  capacity?: number | null;
}

/** Fields left out are unchanged; `phone`, `gridId` and `capacity` set to null are cleared. */
@InputType('UpdateCadreInput', {
  description: '修改党员干部；未填的项不变，phone / gridId / capacity 传 null 表示清除 / Update a cadre',
})
export class UpdateCadreInput {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号（乐观锁）' })
  version!: number;

  @Field(() => String, { nullable: true, description: '姓名' })
  name?: string | null;

  @Field(() => CadreKind, { nullable: true, description: '类别' })
  kind?: CadreKind | null;

  @Field(() => String, { nullable: true, description: '职务' })
  post?: string | null;

  @Field(() => String, { nullable: true, description: '工作电话；传 null 清除' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: '所在网格；传 null 表示不在网格' })
  gridId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '是否包村领导' })
  isLiaisonLeader?: boolean | null;

  @Field(() => Int, { nullable: true, description: '本人联户上限；传 null 恢复按辖区设置' })
  capacity?: number | null;
}

@ArgsType()
export class CadresArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '按姓名或职务搜索' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该网格的党员干部' })
  gridId?: string | null;
}
