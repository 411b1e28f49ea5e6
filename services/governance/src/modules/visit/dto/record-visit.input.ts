import { Field, ID, InputType, Int } from 'type-graphql';
import { VisitMethod } from '../visit.entity.js';

@InputType('VisitHouseholdUpdateInput', {
  description: '走访时一并更新的农户情况（须带农户版本号）/ Household situation updated with the visit',
})
export class VisitHouseholdUpdateInput {
  @Field(() => Int, { description: '读取农户时的版本号' })
  version!: number;

  @Field(() => String, { nullable: true, description: '生产情况；不填（null）则不改，空串则清空' })
  productionSituation?: string | null;

  @Field(() => String, { nullable: true, description: '生活情况；不填（null）则不改，空串则清空' })
  livingSituation?: string | null;

  @Field(() => String, { nullable: true, description: '困难与诉求；不填（null）则不改，空串则清空' })
  difficulties?: string | null;
}

@InputType('RecordVisitInput', {
  description: '记一篇民情日记：必填农户、走访方式和至少一项了解到的情况 / Record a visit',
})
export class RecordVisitInput {
  @Field(() => ID, { description: '走访的农户' })
  householdId!: string;

  @Field(() => [ID], { nullable: true, description: '参加走访的党员干部；缺省为本人' })
  cadreIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '走访日期（YYYY-MM-DD），缺省为今天，不能晚于今天' })
  visitedOn?: string | null;

  @Field(() => VisitMethod, { description: '走访方式：入户走访、线上联络、蹲点调研、调查问卷' })
  method!: VisitMethod;

  @Field(() => String, { nullable: true, description: '家庭基本情况' })
  family?: string | null;

  @Field(() => String, { nullable: true, description: '生产情况' })
  production?: string | null;

  @Field(() => String, { nullable: true, description: '生活情况' })
  living?: string | null;

  @Field(() => String, { nullable: true, description: '困难问题' })
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: '诉求' })
  demands?: string | null;

  @Field(() => VisitHouseholdUpdateInput, {
    nullable: true,
    description: '同时更新农户的生产、生活情况和困难（同一事务，版本号过期时整条走访不保存）',
  })
  updateHousehold?: VisitHouseholdUpdateInput | null;
}
