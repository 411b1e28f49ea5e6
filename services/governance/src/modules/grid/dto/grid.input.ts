import { Field, ID, InputType, Int } from 'type-graphql';
import { GridLevel } from '../grid.entity.js';
import { GridRole } from '../grid-member.entity.js';

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

@InputType('AssignGridMemberInput', { description: '任命网格长或网格员 / Appoint a grid leader or member' })
export class AssignGridMemberInput {
  @Field(() => ID, { description: '网格编号' })
  gridId!: string;

  @Field(() => ID, { description: '党员干部编号' })
  cadreId!: string;

  @Field(() => GridRole, { description: '职务：网格长或网格员' })
  role!: GridRole;

  @Field(() => String, { nullable: true, description: '任职日期（YYYY-MM-DD），缺省为今天' })
  startedOn?: string | null;
}

@InputType('EndGridMemberInput', { description: '网格长、网格员卸任 / End a grid post' })
export class EndGridMemberInput {
  @Field(() => ID, { description: '任职记录编号' })
  id!: string;

  @Field(() => String, { nullable: true, description: '卸任日期（YYYY-MM-DD），缺省为今天' })
  endedOn?: string | null;
}

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
