import { Field, ID, InputType, Int } from 'type-graphql';
import { GridLevel } from '../grid.entity.js';

@InputType('CreateGridInput', { description: '新建网格 / New grid' })
export class CreateGridInput {
  @Field(() => String, { description: '网格名称' })
  name!: string;

  @Field(() => GridLevel, { description: '网格层级：一级（乡镇）、二级（村）、三级（片区）' })
  level!: GridLevel;

  @Field(() => String, { description: '所属区划代码：一级网格为乡镇（9 位），二、三级网格为村（12 位）' })
  divisionCode!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      '上级网格编号：二级网格的上级是所属乡镇的一级网格，三级网格的上级是本村的二级网格；不填时自动挂到上一级网格',
  })
  parentId?: string | null;
}

@InputType('UpdateGridInput', { description: '修改网格 / Update a grid' })
export class UpdateGridInput {
  @Field(() => ID, { description: '网格编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => String, { description: '网格名称' })
  name!: string;
}
