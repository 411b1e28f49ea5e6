import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005301 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "point_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "cadre_id" uuid not null, "division_code" varchar(12) not null, "points" int not null, "reason" varchar(200) not null, "occurred_at" timestamptz not null, "created_by" uuid not null, constraint "point_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "point_entry_division_code_index" on "point_entry" ("division_code");`);
    this.addSql(`create index "point_entry_cadre_id_occurred_at_index" on "point_entry" ("cadre_id", "occurred_at");`);

    // the ledger is append-only (a correction is a new line): the database refuses any change
    this.addSql(`create function "point_entry_append_only"() returns trigger language plpgsql as $$
      begin raise exception '积分台账只增不改：更正请新增一条冲销记录' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "point_entry_append_only" before update or delete on "point_entry"
      for each statement execute function "point_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "point_entry" cascade;`);
    this.addSql(`drop function if exists "point_entry_append_only"();`);
  }
}
