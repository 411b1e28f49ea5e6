import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('MoveHouseholdInput', { description: '调整农户所属网格 / Move a household to another area grid' })
export class MoveHouseholdInput {
  @Field(() => ID, { description: '农户编号' })
  householdId!: string;

  @Field(() => Int, { description: '读取农户时的版本号' })
  version!: number;

  @Field(() => ID, { description: '调入的三级网格（本村）' })
  toGridId!: string;

  @Field(() => String, { description: '调整原因' })
  reason!: string;
}
