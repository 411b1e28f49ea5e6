import { Migration } from '@mikro-orm/migrations';

export class Migration20261122004812 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" varchar(64) not null, "display_name" varchar(50) not null, "password_hash" varchar(200) not null, "roles" text[] not null, "division_code" varchar(12) not null, "cadre_id" uuid null, "grid_ids" text[] not null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz null, constraint "account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(
      `create table "cadre" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(50) not null, "kind" text check ("kind" in ('TOWNSHIP_CADRE', 'VILLAGE_COMMITTEE', 'WORK_TEAM', 'PARTY_MEMBER', 'ACTIVIST')) not null, "post" varchar(50) not null, "division_code" varchar(12) not null, "grid_id" uuid null, constraint "cadre_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cadre_division_code_index" on "cadre" ("division_code");`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "village_code" varchar(12) not null, "leader_cadre_id" uuid null, constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_village_code_index" on "grid" ("village_code");`);

    this.addSql(
      `create table "household" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_code" varchar(12) not null, "grid_id" uuid null, "address" varchar(200) not null, "head_name" varchar(50) not null, "member_count" int not null default 1, constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_village_code_index" on "household" ("village_code");`);
    this.addSql(`create index "household_grid_id_index" on "household" ("grid_id");`);
    this.addSql(`create index "household_head_name_index" on "household" ("head_name");`);

    this.addSql(
      `create table "pairing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "cadre_id" uuid not null, "household_id" uuid not null, "started_on" date not null, "ended_on" date null, constraint "pairing_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pairing_cadre_id_index" on "pairing" ("cadre_id");`);
    this.addSql(`create index "pairing_household_id_ended_on_index" on "pairing" ("household_id", "ended_on");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "token_hash" varchar(64) not null, "account_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_token_hash_index" on "refresh_token" ("token_hash");`);

    this.addSql(
      `create table "region" ("code" varchar(12) not null, "name" varchar(100) not null, "level" text check ("level" in ('COUNTY', 'TOWNSHIP', 'VILLAGE')) not null, "parent_code" varchar(12) null, "version" int not null default 1, constraint "region_pkey" primary key ("code"));`,
    );
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);

    this.addSql(
      `create table "resident" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "name" varchar(50) not null, "relation" varchar(20) not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) not null, "birth_date" date null, constraint "resident_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "resident_household_id_index" on "resident" ("household_id");`);

    this.addSql(
      `alter table "household" add constraint "household_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "pairing" add constraint "pairing_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "pairing" add constraint "pairing_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "resident" add constraint "resident_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_account_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_cadre_id_foreign";`);

    this.addSql(`alter table "household" drop constraint "household_grid_id_foreign";`);

    this.addSql(`alter table "pairing" drop constraint "pairing_household_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_household_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "pairing" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);
  }
}
