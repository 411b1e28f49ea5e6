import { Field, InputType } from 'type-graphql';

@InputType('DecideAgendaItemInput', { description: '两委会议对事项的决定 / The village committee’s decision' })
export class DecideAgendaItemInput {
  @Field(() => String, { description: '决定日期（YYYY-MM-DD；说事日后 3 日内为按时）' })
  decidedOn!: string;

  @Field(() => String, { description: '决定内容（1–500 字）' })
  decision!: string;

  @Field(() => String, { description: '办理期限（YYYY-MM-DD）' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: '责任人（至多 20 字）' })
  responsibleName?: string | null;
}
