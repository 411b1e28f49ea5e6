import { Migration } from '@mikro-orm/migrations';

export class Migration20261122010655 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_record" ("id" uuid not null, "action" text check ("action" in ('UNMASK', 'EXPORT', 'IMPORT', 'PERMISSION_CHANGE')) not null, "actor_id" uuid not null, "actor_name" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" uuid null, "division_code" varchar(12) not null, "reason" text not null, "detail" text null, "at" timestamptz not null default now(), constraint "audit_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_record_actor_id_index" on "audit_record" ("actor_id");`);
    this.addSql(`create index "audit_record_subject_id_index" on "audit_record" ("subject_id");`);
    this.addSql(`create index "audit_record_division_code_index" on "audit_record" ("division_code");`);

    this.addSql(
      `create table "grid_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "grid_id" uuid not null, "cadre_id" uuid not null, "role" text check ("role" in ('LEADER', 'MEMBER')) not null, "started_on" date not null, "ended_on" date null, constraint "grid_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_member_cadre_id_index" on "grid_member" ("cadre_id");`);
    this.addSql(`create index "grid_member_grid_id_ended_on_index" on "grid_member" ("grid_id", "ended_on");`);

    this.addSql(
      `create table "import_job" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "created_by" varchar(64) not null, "file_name" varchar(200) not null, "status" text check ("status" in ('VALIDATING', 'VALIDATED', 'IMPORTING', 'DONE', 'FAILED')) not null default 'VALIDATING', "mode" text check ("mode" in ('ALL_OR_NOTHING', 'VALID_ONLY')) null, "total_rows" int not null default 0, "valid_rows" int not null default 0, "error_rows" int not null default 0, "processed_rows" int not null default 0, "created_households" int not null default 0, "updated_households" int not null default 0, "report" jsonb null, "staged" jsonb null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "import_job_division_code_index" on "import_job" ("division_code");`);

    this.addSql(
      `create table "setting" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "key" varchar(64) not null, "value" jsonb not null, "updated_by" uuid null, constraint "setting_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "setting" add constraint "setting_division_code_key_unique" unique ("division_code", "key");`,
    );

    this.addSql(
      `create table "villager_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_code" varchar(12) not null, "name" varchar(50) not null, constraint "villager_group_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "villager_group_village_code_index" on "villager_group" ("village_code");`);

    this.addSql(
      `create table "household_tag" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "tag" text check ("tag" in ('DIBAO', 'WUBAO', 'SERIOUS_ILLNESS_DISABILITY', 'EMPTY_NEST_ELDERLY', 'LEFT_BEHIND_CHILD', 'LEFT_BEHIND_WOMAN', 'LEFT_BEHIND_ELDERLY', 'LIFTED_FROM_POVERTY', 'MONITORED')) not null, "set_by" varchar(64) not null, "set_at" timestamptz not null, "note" varchar(200) null, "removed_at" timestamptz null, "removed_by" varchar(64) null, constraint "household_tag_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_tag_tag_index" on "household_tag" ("tag");`);
    this.addSql(
      `create index "household_tag_household_id_removed_at_index" on "household_tag" ("household_id", "removed_at");`,
    );

    this.addSql(
      `create table "household_grid_move" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "from_grid_id" uuid null, "to_grid_id" uuid null, "moved_at" timestamptz not null, "moved_by" varchar(64) not null, "reason" varchar(200) null, constraint "household_grid_move_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_grid_move_household_id_index" on "household_grid_move" ("household_id");`);

    this.addSql(
      `create table "visit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "village_code" varchar(12) not null, "grid_id" uuid null, "visited_on" date not null, "method" text check ("method" in ('IN_PERSON', 'ONLINE', 'STAY_OVER', 'QUESTIONNAIRE')) not null, "family" text null, "production" text null, "living" text null, "difficulties" text null, "demands" text null, "created_by" varchar(64) not null, constraint "visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "visit_household_id_index" on "visit" ("household_id");`);
    this.addSql(`create index "visit_village_code_visited_on_index" on "visit" ("village_code", "visited_on");`);

    this.addSql(
      `create table "visit_cadre" ("visit_id" uuid not null, "cadre_id" uuid not null, constraint "visit_cadre_pkey" primary key ("visit_id", "cadre_id"));`,
    );

    this.addSql(
      `alter table "grid_member" add constraint "grid_member_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "grid_member" add constraint "grid_member_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "household_tag" add constraint "household_tag_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "household_grid_move" add constraint "household_grid_move_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "visit" add constraint "visit_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "visit_cadre" add constraint "visit_cadre_visit_id_foreign" foreign key ("visit_id") references "visit" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "visit_cadre" add constraint "visit_cadre_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cadre" add column "phone_cipher" text null, add column "phone_index" varchar(64) null, add column "phone_masked" varchar(16) null, add column "capacity" int null, add column "is_liaison_leader" boolean not null default false, add column "account_id" uuid null;`,
    );
    this.addSql(`create index "cadre_phone_index_index" on "cadre" ("phone_index");`);

    this.addSql(`drop index "grid_village_code_index";`);

    this.addSql(
      `alter table "grid" add column "level" text check ("level" in ('TOWNSHIP', 'VILLAGE', 'AREA')) not null default 'AREA', add column "parent_id" uuid null;`,
    );
    this.addSql(`alter table "grid" rename column "village_code" to "division_code";`);
    this.addSql(`create index "grid_division_code_index" on "grid" ("division_code");`);
    this.addSql(`create index "grid_parent_id_index" on "grid" ("parent_id");`);

    this.addSql(
      `alter table "household" add column "group_id" uuid null, add column "head_name_initials" varchar(50) not null default '', add column "income_band" text check ("income_band" in ('BELOW_10K', 'FROM_10K_TO_30K', 'FROM_30K_TO_60K', 'FROM_60K_TO_100K', 'ABOVE_100K')) null, add column "production_situation" text null, add column "living_situation" text null, add column "difficulties" text null;`,
    );
    this.addSql(
      `alter table "household" add constraint "household_group_id_foreign" foreign key ("group_id") references "villager_group" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "household_group_id_index" on "household" ("group_id");`);
    this.addSql(`create index "household_head_name_initials_index" on "household" ("head_name_initials");`);

    this.addSql(
      `alter table "resident" add column "is_head" boolean not null default false, add column "sort_order" int not null default 0, add column "name_initials" varchar(50) not null default '', add column "id_card_cipher" text null, add column "id_card_index" varchar(64) null, add column "id_card_masked" varchar(18) null, add column "phone_cipher" text null, add column "phone_index" varchar(64) null, add column "phone_masked" varchar(16) null, add column "occupation" varchar(50) null, add column "health_cipher" text null;`,
    );
    this.addSql(`create index "resident_name_initials_index" on "resident" ("name_initials");`);
    this.addSql(`create index "resident_id_card_index_index" on "resident" ("id_card_index");`);
    this.addSql(`create index "resident_phone_index_index" on "resident" ("phone_index");`);

    this.addSql(
      `alter table "pairing" add column "ended_reason" varchar(200) null, add column "created_by" varchar(64) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household" drop constraint "household_group_id_foreign";`);

    this.addSql(`alter table "visit_cadre" drop constraint "visit_cadre_visit_id_foreign";`);

    this.addSql(`drop table if exists "audit_record" cascade;`);

    this.addSql(`drop table if exists "grid_member" cascade;`);

    this.addSql(`drop table if exists "import_job" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "villager_group" cascade;`);

    this.addSql(`drop table if exists "household_tag" cascade;`);

    this.addSql(`drop table if exists "household_grid_move" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`drop table if exists "visit_cadre" cascade;`);

    this.addSql(`drop index "cadre_phone_index_index";`);
    this.addSql(
      `alter table "cadre" drop column "phone_cipher", drop column "phone_index", drop column "phone_masked", drop column "capacity", drop column "is_liaison_leader", drop column "account_id";`,
    );

    this.addSql(`drop index "grid_division_code_index";`);
    this.addSql(`drop index "grid_parent_id_index";`);
    this.addSql(`alter table "grid" drop column "level", drop column "parent_id";`);

    this.addSql(`alter table "grid" rename column "division_code" to "village_code";`);
    this.addSql(`create index "grid_village_code_index" on "grid" ("village_code");`);

    this.addSql(`drop index "household_group_id_index";`);
    this.addSql(`drop index "household_head_name_initials_index";`);
    this.addSql(
      `alter table "household" drop column "group_id", drop column "head_name_initials", drop column "income_band", drop column "production_situation", drop column "living_situation", drop column "difficulties";`,
    );

    this.addSql(`alter table "pairing" drop column "ended_reason", drop column "created_by";`);

    this.addSql(`drop index "resident_name_initials_index";`);
    this.addSql(`drop index "resident_id_card_index_index";`);
    this.addSql(`drop index "resident_phone_index_index";`);
    this.addSql(
      `alter table "resident" drop column "is_head", drop column "sort_order", drop column "name_initials", drop column "id_card_cipher", drop column "id_card_index", drop column "id_card_masked", drop column "phone_cipher", drop column "phone_index", drop column "phone_masked", drop column "occupation", drop column "health_cipher";`,
    );
  }
}
