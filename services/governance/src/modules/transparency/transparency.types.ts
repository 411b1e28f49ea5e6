import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('PublicVillageMonth', { description: '村务公开：一个月的民情办理和为民服务情况（不含个人信息）' })
export class PublicVillageMonth {
  @Field(() => String, { description: '月份（YYYY-MM）' })
  month!: string;

  @Field(() => Int, { description: '登记民情事项' })
  casesRaised!: number;

  @Field(() => Int, { description: '办结（销号）' })
  casesClosed!: number;

  @Field(() => Int, { description: '按期办结' })
  casesOnTime!: number;

  @Field(() => Float, { nullable: true, description: '满意率（满意和基本满意 / 有评价的办结事项），无评价时为空' })
  satisfactionRate!: number | null;

  @Field(() => Int, { description: '完成的群众点单服务' })
  ordersDone!: number;

  @Field(() => Date, { description: '公开时间' })
  publishedAt!: Date;
}

@ObjectType('PublicVillagePage', { description: '村务公开页（无需登录）' })
export class PublicVillagePage {
  @Field(() => String, { description: '村区划代码' })
  villageCode!: string;

  @Field(() => String, { description: '村名' })
  villageName!: string;

  @Field(() => String, { nullable: true, description: '所属乡镇' })
  townshipName!: string | null;

  @Field(() => [PublicVillageMonth], { description: '已公开的月份，新的在前（最多 24 个月）' })
  months!: PublicVillageMonth[];
}
