import { Field, InputType } from 'type-graphql';

@InputType('CreateVillagerGroupInput', { description: '新建村民小组 / New villager group' })
export class CreateVillagerGroupInput {
  @Field(() => String, { description: '所属村区划代码（12 位）' })
  villageCode!: string;

  @Field(() => String, { description: '小组名称，如“三组”' })
  name!: string;
}
