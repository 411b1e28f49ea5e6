import { Field, ID, InputType } from 'type-graphql';
import { AgendaDomain, AgendaMatterKind, AgendaTrack } from '../agenda-item.entity.js';

@InputType('RaiseAgendaItemInput', { description: '在说事会上登记群众说的事 / Raise an item at a forum' })
export class RaiseAgendaItemInput {
  @Field(() => ID, { description: '说事会（会议编号，须为党群说事会）' })
  meetingId!: string;

  @Field(() => AgendaTrack, { description: '分类：村级自办、公共重大、上级协调' })
  track!: AgendaTrack;

  @Field(() => String, { description: '事项（1–100 字）' })
  title!: string;

  @Field(() => String, { description: '群众反映的内容（1–2000 字）' })
  description!: string;

  @Field(() => AgendaMatterKind, { description: '类别' })
  kind!: AgendaMatterKind;

  @Field(() => AgendaDomain, { description: '领域' })
  domain!: AgendaDomain;

  @Field(() => String, { nullable: true, description: '说事群众的姓名（至多 20 字；与农户可同时填写）' })
  raisedByName?: string | null;

  @Field(() => ID, { nullable: true, description: '说事群众所在农户' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: '说事的党员干部（与群众二者选一）' })
  raisedByCadreId?: string | null;

  @Field(() => ID, { nullable: true, description: '关联已有的民情事项（须在同一村）；为空则新建民情事项' })
  linkCaseId?: string | null;
}
