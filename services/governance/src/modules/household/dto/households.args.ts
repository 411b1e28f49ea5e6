import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { HouseholdTagKind } from '../household-tag.entity.js';

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码（县、乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: '按户主或家庭成员姓名、姓名拼音首字母（如 wjg）或住址搜索' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: '网格编号：三级网格为其农户，一、二级网格含下级网格的农户' })
  gridId?: string | null;

  @Field(() => HouseholdTagKind, { nullable: true, description: '只看带该特殊群体标签的农户' })
  tag?: HouseholdTagKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      '按身份证号精确查找（任一家庭成员）：等同查看明文，仅村党组织书记和乡镇、县管理员可用，须填 lookupReason，每次记入审计，每个账号 10 分钟内最多 20 次',
  })
  idCardNo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '按联系电话精确查找（任一家庭成员）：等同查看明文，联户党员干部只能查到本人联系的农户，须填 lookupReason，每次记入审计并计入查找次数',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '按身份证号或电话查找时必填：查找事由（2–200 个字）' })
  lookupReason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true：只看尚无联户党员的农户；false：只看已结对的农户' })
  unpaired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true：只看本人联系（结对）的农户（“我的农户”）' })
  mine?: boolean | null;
}

@ArgsType()
export class RegionHouseholdsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '按户主或家庭成员姓名、拼音首字母或住址搜索' })
  search?: string | null;
}
