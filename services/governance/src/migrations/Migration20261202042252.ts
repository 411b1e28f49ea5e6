import { Migration } from '@mikro-orm/migrations';

/** The case ledger (民情台账): cases, their timelines and the records linked to them. */
export class Migration20261202042252 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(20) not null, "title" varchar(60) not null, "description" text not null, "source" text check ("source" in ('VISIT', 'FORUM', 'PATROL', 'HOTLINE', 'ONLINE_ORDER', 'SUPERVISION')) not null, "source_id" uuid null, "kind" text check ("kind" in ('PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION')) not null, "domain" text check ("domain" in ('INDUSTRY', 'LIVELIHOOD', 'GOVERNANCE', 'INFRASTRUCTURE', 'CADRE_CONDUCT')) not null, "household_id" uuid null, "place" varchar(200) null, "village_code" varchar(12) not null, "grid_id" uuid null, "level" text check ("level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) not null, "origin_level" text check ("origin_level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) not null, "division_code" varchar(12) not null, "status" text check ("status" in ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'RETURNED', 'SUSPENDED', 'RESOLVED', 'CONFIRMED', 'CLOSED')) not null, "responsible_id" uuid null, "raised_by" varchar(64) not null, "raised_by_account_id" uuid null, "on_behalf" boolean not null default false, "raised_at" timestamptz not null, "last_activity_at" timestamptz not null, "stage" text check ("stage" in ('ACCEPT', 'HANDLE', 'FEEDBACK')) null, "stage_started_at" timestamptz null, "yellow_at" timestamptz null, "red_at" timestamptz null, "due_at" timestamptz null, "alert" text check ("alert" in ('NONE', 'YELLOW', 'RED')) not null default 'NONE', "paused_at" timestamptz null, "paused_working_days" int not null default 0, "extension_days" int not null default 0, "extension_request_days" int null, "extension_request_reason" varchar(500) null, "extension_requested_by" varchar(64) null, "extension_requested_at" timestamptz null, "close_type" text check ("close_type" in ('RESOLVED', 'EXPLAINED', 'PROJECT_PLANNED', 'PARTLY_RESOLVED')) null, "result" text null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "feedback" varchar(500) null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "objection_until" timestamptz null, "escalation_count" int not null default 0, "return_count" int not null default 0, "reopen_count" int not null default 0, constraint "case_record_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "case_record" add constraint "case_record_code_unique" unique ("code");`);
    this.addSql(`create index "case_record_household_id_index" on "case_record" ("household_id");`);
    this.addSql(`create index "case_record_grid_id_index" on "case_record" ("grid_id");`);
    this.addSql(`create index "case_record_responsible_id_index" on "case_record" ("responsible_id");`);
    this.addSql(`create index "case_record_raised_by_account_id_index" on "case_record" ("raised_by_account_id");`);
    this.addSql(
      `create index "case_record_village_code_raised_at_index" on "case_record" ("village_code", "raised_at");`,
    );
    this.addSql(`create index "case_record_division_code_status_index" on "case_record" ("division_code", "status");`);

    this.addSql(
      `create table "case_timeline_entry" ("id" uuid not null, "case_id" uuid not null, "action" varchar(24) not null, "from_status" text check ("from_status" in ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'RETURNED', 'SUSPENDED', 'RESOLVED', 'CONFIRMED', 'CLOSED')) null, "to_status" text check ("to_status" in ('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'RETURNED', 'SUSPENDED', 'RESOLVED', 'CONFIRMED', 'CLOSED')) null, "from_level" text check ("from_level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) null, "to_level" text check ("to_level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) null, "actor_name" varchar(64) null, "actor_account_id" uuid null, "at" timestamptz not null, "reason" varchar(2000) null, constraint "case_timeline_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_timeline_entry_case_id_at_index" on "case_timeline_entry" ("case_id", "at");`);

    this.addSql(
      `create table "case_link" ("id" uuid not null, "case_id" uuid not null, "source" text check ("source" in ('VISIT', 'FORUM', 'PATROL', 'HOTLINE', 'ONLINE_ORDER', 'SUPERVISION')) not null, "source_id" uuid not null, "linked_at" timestamptz not null, constraint "case_link_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "case_link_case_id_index" on "case_link" ("case_id");`);
    this.addSql(`create index "case_link_source_source_id_index" on "case_link" ("source", "source_id");`);

    this.addSql(
      `alter table "case_record" add constraint "case_record_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_responsible_id_foreign" foreign key ("responsible_id") references "cadre" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_timeline_entry" add constraint "case_timeline_entry_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "case_link" add constraint "case_link_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_timeline_entry" drop constraint "case_timeline_entry_case_id_foreign";`);

    this.addSql(`alter table "case_link" drop constraint "case_link_case_id_foreign";`);

    this.addSql(`drop table if exists "case_record" cascade;`);

    this.addSql(`drop table if exists "case_timeline_entry" cascade;`);

    this.addSql(`drop table if exists "case_link" cascade;`);
  }
}
