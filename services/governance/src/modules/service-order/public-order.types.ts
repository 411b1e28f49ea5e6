import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseDomain } from '../case/index.js';
import { ServiceOrderKind, ServiceOrderStatus } from './service-order.enums.js';

/*
 * What the villager's page sees. Whoever holds the card (or a photo of it) can open the page, so
 * nothing here names a person: no resident, no phone, no ID number, no address; a cadre appears as
 * surname + 同志 and their post, as villagers address them, and case titles and results (written by
 * cadres, may name people) are not shown.
 */

@ObjectType('PublicContact', { description: '联户干部（只显示姓氏和职务）/ Paired cadre, by surname and post' })
export class PublicContact {
  @Field(() => String, { description: '称呼，如“王同志”' })
  title!: string;

  @Field(() => String, { description: '职务' })
  post!: string;
}

@ObjectType('PublicCase', {
  description: '可提出异议的已销号民情事项（不含标题和内容）/ Closed case open to objection',
})
export class PublicCase {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field(() => String, { description: '事项编号' })
  code!: string;

  @Field(() => CaseDomain, { description: '领域' })
  domain!: CaseDomain;

  @Field(() => Date, { description: '销号时间' })
  closedAt!: Date;

  @Field(() => Date, { description: '可提出异议的截止时间' })
  objectionUntil!: Date;
}

@ObjectType('PublicHousehold', { description: '扫码点单页看到的本户信息（不含任何个人信息）/ The QR page header' })
export class PublicHousehold {
  @Field(() => String, { description: '村名' })
  villageName!: string;

  @Field(() => String, { nullable: true, description: '乡镇名' })
  townshipName!: string | null;

  @Field(() => [PublicContact], { description: '联户干部' })
  contacts!: PublicContact[];

  @Field(() => [PublicCase], { description: '已销号、仍在异议期内的本户民情事项' })
  objectableCases!: PublicCase[];
}

@ObjectType('PublicServiceOrder', {
  description: '本户的服务单（群众看到的）/ The household’s order, as the villager sees it',
})
export class PublicServiceOrder {
  @Field(() => ID, { description: '编号' })
  id!: string;

  @Field(() => ServiceOrderKind, { description: '服务类别' })
  kind!: ServiceOrderKind;

  @Field(() => String, { description: '需求摘要（前 30 个字）' })
  summary!: string;

  @Field(() => ServiceOrderStatus, { description: '状态' })
  status!: ServiceOrderStatus;

  @Field(() => Date, { description: '点单时间' })
  orderedAt!: Date;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  doneAt!: Date | null;

  @Field(() => PublicContact, { nullable: true, description: '承办干部（姓氏和职务）' })
  handler!: PublicContact | null;

  @Field(() => Int, { nullable: true, description: '我的评价（1–5 星）' })
  rating!: number | null;
}
