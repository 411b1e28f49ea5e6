import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Meeting } from './meeting.entity.js';

/** How one took part: chaired, attended as a member, or sat in (列席). */
export enum AttendanceRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(AttendanceRole, {
  name: 'AttendanceRole',
  description: '参会身份 / Attendance role',
  valuesConfig: {
    CHAIR: { description: '主持' },
    MEMBER: { description: '参会' },
    OBSERVER: { description: '列席' },
  },
});

/** Who sits in (seed 003): the township's liaison leader (包村领导), the work team (驻村工作队), others. */
export enum ObserverKind {
  LIAISON_LEADER = 'LIAISON_LEADER',
  WORK_TEAM = 'WORK_TEAM',
  OTHER = 'OTHER',
}
registerEnumType(ObserverKind, {
  name: 'ObserverKind',
  description: '列席人员类别 / Observer kind',
  valuesConfig: {
    LIAISON_LEADER: { description: '包村领导（乡镇干部）' },
    WORK_TEAM: { description: '驻村帮扶工作队队员、驻村干部' },
    OTHER: { description: '其他列席人员' },
  },
});

/** One person's attendance at a meeting; a withdrawn one is kept (its event was sent) but no longer counts. */
@ObjectType('Attendance', { description: '参会记录 / Attendance at a meeting' })
@Entity({ tableName: 'meeting_attendance' })
@Index({ properties: ['meetingId'] })
// one standing attendance per cadre and meeting: a second answer would earn points twice
@Index({
  name: 'meeting_attendance_cadre_unique',
  expression: `create unique index "meeting_attendance_cadre_unique" on "meeting_attendance" ("meeting_id", "cadre_id") where "cadre_id" is not null and "withdrawn_at" is null`,
})
@Check({ name: 'meeting_attendance_person_check', expression: '"cadre_id" is not null or "name" is not null' })
export class Attendance extends BaseEntity {
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  @Field(() => ID, { description: '会议编号' })
  @ManyToOne(() => Meeting, { mapToPk: true, fieldName: 'meeting_id', deleteRule: 'cascade' })
  meetingId!: string;

  /** Governance's cadre id; exposed as `cadre: Cadre`. Null for a villager named by `name`. */
  @Property({ type: 'uuid', nullable: true })
  cadreId: string | null = null;

  /** The cadre's own division when recorded (the points rule's jurisdiction in MeetingAttended). */
  @Property({ type: 'string', length: 12, nullable: true })
  cadreDivisionCode: string | null = null;

  @Field(() => String, { nullable: true, description: '非党员干部参会人的姓名（村民代表等）' })
  @Property({ type: 'string', length: 20, nullable: true })
  name: string | null = null;

  @Field(() => AttendanceRole, { description: '参会身份' })
  @Enum({ items: () => AttendanceRole, type: 'string' })
  role!: AttendanceRole;

  @Field(() => ObserverKind, { nullable: true, description: '列席人员类别（仅列席）' })
  @Enum({ items: () => ObserverKind, type: 'string', nullable: true })
  observerKind: ObserverKind | null = null;

  @Field(() => Boolean, { description: '是否到会' })
  @Property({ type: 'boolean' })
  present!: boolean;

  @Field(() => Date, { nullable: true, description: '撤销时间（登记有误时撤销）' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  /** The MeetingAttended event this attendance produced (once the meeting was held), referred to on withdrawal. */
  @Property({ type: 'uuid', nullable: true })
  attendedEventId: string | null = null;

  @Property({ type: 'uuid' })
  recordedBy!: string;
}
