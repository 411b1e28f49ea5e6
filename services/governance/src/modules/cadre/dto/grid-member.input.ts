import { Field, ID, InputType } from 'type-graphql';
import { GridRole } from '../grid-member.entity.js';

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
