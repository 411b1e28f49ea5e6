import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { CaseDomain, CaseKind } from '../../case/index.js';
import { ServiceOrderKind, ServiceOrderStatus } from '../service-order.enums.js';

@ArgsType()
export class ServiceOrdersArgs extends PageArgs {
  @Field(() => [ServiceOrderStatus], { nullable: true, description: '只看这些状态' })
  statuses?: ServiceOrderStatus[] | null;

  @Field(() => ServiceOrderKind, { nullable: true, description: '服务类别' })
  kind?: ServiceOrderKind | null;

  @Field(() => ID, { nullable: true, description: '网格' })
  gridId?: string | null;

  @Field(() => String, { nullable: true, description: '区划代码（乡镇或村）' })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看派给本人的' })
  mine?: boolean | null;
}

@InputType('DispatchServiceOrderInput', { description: '派单给党员干部，或发布到网格待接单（二者选一）' })
export class DispatchServiceOrderInput {
  @Field(() => ID, { description: '服务单' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => ID, { nullable: true, description: '承办的党员干部：该户所在网格的成员或联户干部' })
  cadreId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '发布到网格，由网格内党员干部接单' })
  post?: boolean | null;
}

@InputType('ConvertServiceOrderInput', { description: '把服务单转为民情事项（一步完成，双向关联）' })
export class ConvertServiceOrderInput {
  @Field(() => ID, { description: '服务单' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => CaseKind, { description: '事项类别' })
  kind!: CaseKind;

  @Field(() => CaseDomain, { description: '事项领域' })
  domain!: CaseDomain;

  @Field(() => String, { nullable: true, description: '标题（不超过 60 字）；缺省为服务类别和需求开头' })
  title?: string | null;
}
