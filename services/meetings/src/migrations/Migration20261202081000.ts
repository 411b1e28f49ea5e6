import { Migration } from '@mikro-orm/migrations';

/**
 * Meetings get a status (meetings recorded before this were held), a place, a notice and a cancel reason;
 * attendance (chair, members, observers) and each village's fixed forum day get their tables.
 */
export class Migration20261202081000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "meeting"
      add column "status" text check ("status" in ('SCHEDULED', 'NOTICED', 'HELD', 'CANCELLED')) not null default 'SCHEDULED',
      add column "place" varchar(100) null,
      add column "notice_text" text null,
      add column "notice_published_at" timestamptz null,
      add column "held_at" timestamptz null,
      add column "cancel_reason" varchar(200) null;`);
    this.addSql(`update "meeting" set "status" = 'HELD', "held_at" = "date" where "date" <= now();`);
    this.addSql(`create table "meeting_attendance" (
      "id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "version" int not null default 1, "meeting_id" uuid not null,
      "cadre_id" uuid null, "cadre_division_code" varchar(12) null, "name" varchar(20) null,
      "role" text check ("role" in ('CHAIR', 'MEMBER', 'OBSERVER')) not null,
      "observer_kind" text check ("observer_kind" in ('LIAISON_LEADER', 'WORK_TEAM', 'OTHER')) null,
      "present" boolean not null, "withdrawn_at" timestamptz null, "attended_event_id" uuid null,
      "recorded_by" uuid not null, constraint "meeting_attendance_pkey" primary key ("id"),
      constraint "meeting_attendance_person_check" check ("cadre_id" is not null or "name" is not null));`);
    this.addSql(`alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign"
      foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "meeting_attendance_meeting_id_index" on "meeting_attendance" ("meeting_id");`);
    // one standing attendance per cadre and meeting: a second answer would earn points twice
    this
      .addSql(`create unique index "meeting_attendance_cadre_unique" on "meeting_attendance" ("meeting_id", "cadre_id")
      where "cadre_id" is not null and "withdrawn_at" is null;`);
    this.addSql(`create table "meeting_forum_day" ("village_code" varchar(12) not null,
      "day" smallint not null check ("day" >= 1 and "day" <= 28), "updated_by" uuid not null,
      "updated_at" timestamptz not null default now(), constraint "meeting_forum_day_pkey" primary key ("village_code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_forum_day" cascade;`);
    this.addSql(`drop table if exists "meeting_attendance" cascade;`);
    this.addSql(`alter table "meeting" drop column "status", drop column "place", drop column "notice_text",
      drop column "notice_published_at", drop column "held_at", drop column "cancel_reason";`);
  }
}
