import { Migration } from '@mikro-orm/migrations';

/**
 * 四议两公开: the matters, their step records (the history) and the jurisdictions' own step rules
 * (the law's defaults live in code). Hand-written: the generator would pick up other modules' tables too.
 */
export class Migration20261202083000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "deliberation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_code" varchar(12) not null, "title" varchar(100) not null, "agenda_item_id" uuid null, "status" text check ("status" in ('IN_PROGRESS', 'AWAITING_DECISION', 'ENDED', 'COMPLETED')) not null default 'IN_PROGRESS', "current_step" text check ("current_step" in ('PARTY_PROPOSAL', 'JOINT_DELIBERATION', 'PARTY_REVIEW', 'REPRESENTATIVES_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED')) null default 'PARTY_PROPOSAL', "opened_by" varchar(64) not null, constraint "deliberation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "deliberation_agenda_item_id_open_unique" on "deliberation" ("agenda_item_id") where "status" <> 'ENDED';`,
    );
    this.addSql(
      `create index "deliberation_village_code_created_at_index" on "deliberation" ("village_code", "created_at");`,
    );
    this.addSql(
      `create table "deliberation_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "deliberation_id" uuid not null, "step" text check ("step" in ('PARTY_PROPOSAL', 'JOINT_DELIBERATION', 'PARTY_REVIEW', 'REPRESENTATIVES_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED')) not null, "outcome" text check ("outcome" in ('PASSED', 'QUORUM_FAILED', 'VOTE_FAILED', 'DISCLOSED')) not null, "occurred_at" timestamptz not null, "meeting_id" uuid null, "expected_count" int null, "present_count" int null, "votes_for" int null, "votes_against" int null, "votes_abstain" int null, "rule" varchar(200) not null, "notice_text" text null, "posted_from" date null, "posted_to" date null, "failure_action" text check ("failure_action" in ('END', 'RETURN')) null, "returned_to" text check ("returned_to" in ('PARTY_PROPOSAL', 'JOINT_DELIBERATION', 'PARTY_REVIEW', 'REPRESENTATIVES_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED')) null, "failure_reason" varchar(500) null, "decided_by" varchar(64) null, "decided_at" timestamptz null, "superseded" boolean not null default false, "recorded_by" varchar(64) not null, constraint "deliberation_record_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "deliberation_record_deliberation_id_index" on "deliberation_record" ("deliberation_id");`,
    );
    this.addSql(
      `create table "deliberation_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "step" text check ("step" in ('PARTY_PROPOSAL', 'JOINT_DELIBERATION', 'PARTY_REVIEW', 'REPRESENTATIVES_RESOLUTION', 'RESOLUTION_DISCLOSED', 'RESULT_DISCLOSED')) not null, "attendance_numerator" int null, "attendance_denominator" int null, "attendance_comparison" text check ("attendance_comparison" in ('MORE_THAN', 'AT_LEAST')) null, "pass_numerator" int null, "pass_denominator" int null, "pass_comparison" text check ("pass_comparison" in ('MORE_THAN', 'AT_LEAST')) null, "pass_base" text check ("pass_base" in ('EXPECTED', 'PRESENT')) null, "min_posting_days" int null, "updated_by" varchar(64) not null, constraint "deliberation_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "deliberation_rule" add constraint "deliberation_rule_division_code_step_unique" unique ("division_code", "step");`,
    );
    this.addSql(
      `alter table "deliberation_record" add constraint "deliberation_record_deliberation_id_foreign" foreign key ("deliberation_id") references "deliberation" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['deliberation_record', 'deliberation_rule', 'deliberation'])
      this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
