import { Migration } from '@mikro-orm/migrations';

/**
 * Policies owed (catalog, rules as data, household benefits and their history, briefings) and industry needs,
 * resources, matches and follow-ups.
 */
export class Migration20261202044219 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "industry_resource" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('TECH_COMMISSIONER', 'ENTERPRISE', 'COOPERATIVE', 'OTHER')) not null, "name" varchar(60) not null, "offers" text[] not null, "offer_text" varchar(500) not null, "division_code" varchar(12) not null, "contact_name" varchar(50) null, "phone" varchar(20) null, "active" boolean not null default true, constraint "industry_resource_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "industry_resource_division_code_index" on "industry_resource" ("division_code");`);

    this.addSql(
      `create table "policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(60) not null, "category" text check ("category" in ('INDUSTRY', 'HOUSING', 'EMPLOYMENT', 'PUBLIC_SERVICE', 'SOCIAL_SECURITY', 'ENVIRONMENT', 'OTHER')) not null, "summary" varchar(500) not null, "issuing_body" varchar(60) not null, "valid_from" date null, "valid_to" date null, "division_code" varchar(12) not null, "active" boolean not null default true, "rule" jsonb not null, "sensitive" boolean not null default false, "updated_by" varchar(64) not null, constraint "policy_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_division_code_index" on "policy" ("division_code");`);

    this.addSql(
      `create table "policy_briefing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "village_code" varchar(12) not null, "briefed_on" date not null, "briefed_by" varchar(64) not null, "cadre_id" uuid null, "policy_ids" jsonb not null, "acknowledged" boolean not null, "acknowledged_by" varchar(50) null, "note" varchar(500) null, constraint "policy_briefing_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_briefing_household_id_index" on "policy_briefing" ("household_id");`);
    this.addSql(`create index "policy_briefing_village_code_index" on "policy_briefing" ("village_code");`);

    this.addSql(
      `create table "policy_benefit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "policy_id" uuid not null, "household_id" uuid not null, "village_code" varchar(12) not null, "status" text check ("status" in ('ELIGIBLE', 'INFORMED', 'APPLIED', 'GRANTED', 'DECLINED', 'INELIGIBLE')) not null, "status_since" timestamptz not null, "updated_by" varchar(64) not null, constraint "policy_benefit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_benefit_household_id_index" on "policy_benefit" ("household_id");`);
    this.addSql(
      `create index "policy_benefit_village_code_status_status_since_index" on "policy_benefit" ("village_code", "status", "status_since");`,
    );
    this.addSql(
      `alter table "policy_benefit" add constraint "policy_benefit_policy_id_household_id_unique" unique ("policy_id", "household_id");`,
    );

    this.addSql(
      `create table "policy_benefit_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "benefit_id" uuid not null, "from_status" text check ("from_status" in ('ELIGIBLE', 'INFORMED', 'APPLIED', 'GRANTED', 'DECLINED', 'INELIGIBLE')) null, "to_status" text check ("to_status" in ('ELIGIBLE', 'INFORMED', 'APPLIED', 'GRANTED', 'DECLINED', 'INELIGIBLE')) not null, "changed_by" varchar(64) not null, "changed_at" timestamptz not null, "note" varchar(200) null, constraint "policy_benefit_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_benefit_change_benefit_id_index" on "policy_benefit_change" ("benefit_id");`);

    this.addSql(
      `create table "industry_need" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "village_code" varchar(12) not null, "kind" text check ("kind" in ('IDEA', 'LABOUR', 'PROJECT', 'TECHNOLOGY', 'FUNDING', 'SALES')) not null, "description" varchar(500) not null, "status" text check ("status" in ('OPEN', 'MATCHED', 'FOLLOWING_UP', 'MET', 'CLOSED_UNMET')) not null default 'OPEN', "recorded_by" varchar(64) not null, "recorded_by_cadre_id" uuid null, "outcome" varchar(200) null, constraint "industry_need_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "industry_need_household_id_index" on "industry_need" ("household_id");`);
    this.addSql(
      `create index "industry_need_village_code_status_index" on "industry_need" ("village_code", "status");`,
    );

    this.addSql(
      `create table "industry_match" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "need_id" uuid not null, "resource_id" uuid not null, "matched_by" varchar(64) not null, "note" varchar(200) null, constraint "industry_match_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "industry_match_need_id_index" on "industry_match" ("need_id");`);
    this.addSql(`create index "industry_match_resource_id_index" on "industry_match" ("resource_id");`);

    this.addSql(
      `create table "industry_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "match_id" uuid not null, "followed_on" date not null, "note" varchar(500) not null, "recorded_by" varchar(64) not null, constraint "industry_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "industry_follow_up_match_id_index" on "industry_follow_up" ("match_id");`);

    this.addSql(
      `alter table "policy_briefing" add constraint "policy_briefing_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "policy_benefit" add constraint "policy_benefit_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "policy_benefit" add constraint "policy_benefit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "policy_benefit_change" add constraint "policy_benefit_change_benefit_id_foreign" foreign key ("benefit_id") references "policy_benefit" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "industry_need" add constraint "industry_need_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "industry_match" add constraint "industry_match_need_id_foreign" foreign key ("need_id") references "industry_need" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "industry_match" add constraint "industry_match_resource_id_foreign" foreign key ("resource_id") references "industry_resource" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "industry_follow_up" add constraint "industry_follow_up_match_id_foreign" foreign key ("match_id") references "industry_match" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "industry_match" drop constraint "industry_match_resource_id_foreign";`);

    this.addSql(`alter table "policy_benefit" drop constraint "policy_benefit_policy_id_foreign";`);

    this.addSql(`alter table "policy_benefit_change" drop constraint "policy_benefit_change_benefit_id_foreign";`);

    this.addSql(`alter table "industry_match" drop constraint "industry_match_need_id_foreign";`);

    this.addSql(`alter table "industry_follow_up" drop constraint "industry_follow_up_match_id_foreign";`);

    this.addSql(`drop table if exists "industry_resource" cascade;`);

    this.addSql(`drop table if exists "policy" cascade;`);

    this.addSql(`drop table if exists "policy_briefing" cascade;`);

    this.addSql(`drop table if exists "policy_benefit" cascade;`);

    this.addSql(`drop table if exists "policy_benefit_change" cascade;`);

    this.addSql(`drop table if exists "industry_need" cascade;`);

    this.addSql(`drop table if exists "industry_match" cascade;`);

    this.addSql(`drop table if exists "industry_follow_up" cascade;`);
  }
}
