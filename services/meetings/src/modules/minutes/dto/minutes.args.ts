import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MaxLength } from '@xiangzhi/subgraph-kit';
import { ADDENDUM_MAX, BODY_MAX } from '../minutes.errors.js';

@ArgsType()
export class DraftMinutesArgs {
  @Field(() => ID, { description: '会议编号' })
  meetingId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '已有草稿时带上其版本号，按会议记录重新生成（覆盖草稿中已编辑的内容）',
  })
  version?: number | null;
}

@ArgsType()
export class UpdateMinutesArgs {
  @Field(() => ID, { description: '会议纪要编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  // longer than the kit's default text limit: a forum's minutes run to pages
  @MaxLength(BODY_MAX)
  @Field(() => String, { description: `纪要正文（1–${BODY_MAX} 字，可分节换行）` })
  body!: string;
}

@ArgsType()
export class PublishMinutesArgs {
  @Field(() => ID, { description: '会议纪要编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;
}

@ArgsType()
export class AddMinutesAddendumArgs {
  @Field(() => ID, { description: '会议纪要编号（须已发布）' })
  minutesId!: string;

  @MaxLength(ADDENDUM_MAX)
  @Field(() => String, { description: `补充说明（1–${ADDENDUM_MAX} 字）` })
  text!: string;
}
