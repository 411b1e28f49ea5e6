import { Migration } from '@mikro-orm/migrations';

/** 定点巡查台账: patrol plans of a grid or village, their points (QR token, time window), and check-ins. */
export class Migration20261202042633 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "patrol_plan" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(60) not null, "category" text check ("category" in ('FIRE', 'FLOOD', 'INFRASTRUCTURE', 'KEY_PERSON', 'KEY_PLACE')) not null, "frequency" text check ("frequency" in ('DAILY', 'WEEKLY')) not null, "village_code" varchar(12) not null, "grid_id" uuid null, "active" boolean not null default true, "created_by" varchar(64) not null, constraint "patrol_plan_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "patrol_plan_village_code_grid_id_index" on "patrol_plan" ("village_code", "grid_id");`);
    this.addSql(
      `create table "patrol_point" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "plan_id" uuid not null, "name" varchar(60) not null, "seq" smallint not null, "lat" double precision null, "lng" double precision null, "radius_m" int not null default 100, "qr_token" varchar(64) not null, "window_start_min" smallint not null, "window_end_min" smallint not null, "weekday" smallint null, "grace_minutes" smallint not null default 60, "since_on" date not null, constraint "patrol_point_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "patrol_point" add constraint "patrol_point_qr_token_unique" unique ("qr_token");`);
    this.addSql(`create index "patrol_point_plan_id_seq_index" on "patrol_point" ("plan_id", "seq");`);
    this.addSql(
      `alter table "patrol_point" add constraint "patrol_point_plan_id_foreign" foreign key ("plan_id") references "patrol_plan" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "patrol_check_in" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "point_id" uuid not null, "cadre_id" uuid not null, "village_code" varchar(12) not null, "grid_id" uuid null, "at" timestamptz not null, "method" text check ("method" in ('QR', 'POSITION')) not null, "lat" double precision null, "lng" double precision null, "note" varchar(500) null, "finding" boolean not null, "late" boolean not null, "case_id" uuid null, "created_by" varchar(64) not null, constraint "patrol_check_in_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "patrol_check_in_point_id_at_index" on "patrol_check_in" ("point_id", "at");`);
    this.addSql(`create index "patrol_check_in_village_code_at_index" on "patrol_check_in" ("village_code", "at");`);
    this.addSql(
      `alter table "patrol_check_in" add constraint "patrol_check_in_point_id_foreign" foreign key ("point_id") references "patrol_point" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "patrol_check_in" add constraint "patrol_check_in_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patrol_check_in" cascade;`);
    this.addSql(`drop table if exists "patrol_point" cascade;`);
    this.addSql(`drop table if exists "patrol_plan" cascade;`);
  }
}
