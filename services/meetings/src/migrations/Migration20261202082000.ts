import { Migration } from '@mikro-orm/migrations';

/**
 * 说事会事项 (agenda_item) with the projection of its case (kept from governance's events) and the annual
 * review's tally; agenda_item_rating: one attendee's rating per item and review.
 */
export class Migration20261202082000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "agenda_item" (
      "id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "version" int not null default 1,
      "meeting_id" uuid not null,
      "village_code" varchar(12) not null, "forum_on" varchar(10) not null,
      "track" text check ("track" in ('VILLAGE', 'MAJOR_PUBLIC', 'HIGHER_LEVEL')) not null,
      "title" varchar(100) not null, "description" text not null,
      "kind" text check ("kind" in ('PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION')) not null,
      "domain" text check ("domain" in ('INDUSTRY', 'LIVELIHOOD', 'GOVERNANCE', 'INFRASTRUCTURE', 'CADRE_CONDUCT')) not null,
      "raised_by_name" varchar(20) null, "household_id" uuid null, "raised_by_cadre_id" uuid null,
      "raised_by_account_id" uuid not null, "link_case_id" uuid null,
      "decision_due_on" varchar(10) not null, "decided_on" varchar(10) null, "decision" text null,
      "due_on" varchar(10) null, "responsible_name" varchar(20) null,
      "case_id" uuid null,
      "case_status" text check ("case_status" in ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED',
        'RETURNED', 'SUSPENDED', 'RESOLVED', 'CONFIRMED', 'CLOSED')) null,
      "case_satisfaction" text check ("case_satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null,
      "case_version" int null, "case_changed_at" timestamptz null, "case_refusal" varchar(200) null,
      "rated_satisfied" int not null default 0, "rated_basically" int not null default 0,
      "rated_dissatisfied" int not null default 0,
      constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);
    this.addSql(
      `create index "agenda_item_village_code_forum_on_index" on "agenda_item" ("village_code", "forum_on");`,
    );
    this.addSql(`create index "agenda_item_case_id_index" on "agenda_item" ("case_id");`);
    this.addSql(`create table "agenda_item_rating" (
      "id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "version" int not null default 1,
      "agenda_item_id" uuid not null,
      "review_meeting_id" uuid not null,
      "rater_account_id" uuid not null,
      "rating" text check ("rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) not null,
      constraint "agenda_item_rating_pkey" primary key ("id"));`);
    this.addSql(`alter table "agenda_item_rating" add constraint "agenda_item_rating_rater_unique"
      unique ("agenda_item_id", "review_meeting_id", "rater_account_id");`);
    // the entities' foreign keys (ManyToOne, mapToPk): an item or rating goes with its meeting
    for (const [table, column, target] of [
      ['agenda_item', 'meeting_id', 'meeting'],
      ['agenda_item_rating', 'agenda_item_id', 'agenda_item'],
      ['agenda_item_rating', 'review_meeting_id', 'meeting'],
    ])
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}")
        references "${target}" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agenda_item_rating" cascade;`);
    this.addSql(`drop table if exists "agenda_item" cascade;`);
  }
}
