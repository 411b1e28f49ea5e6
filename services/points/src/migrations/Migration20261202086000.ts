import { Migration } from '@mikro-orm/migrations';

/**
 * Monthly rankings (月通报): a ranking per division, month and kind (cadres / grid members), its rows, the
 * objections filed during its window, and the objection-days setting per jurisdiction. A published ranking
 * never changes: triggers refuse any change to it, its rows or its objections.
 */
export class Migration20261202086000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ranking_setting" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "objection_days" int not null, "updated_by" uuid not null, constraint "ranking_setting_pkey" primary key ("id"), constraint "ranking_setting_division_code_unique" unique ("division_code"));`,
    );
    this.addSql(
      `create table "ranking" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "month" varchar(7) not null, "kind" text check ("kind" in ('CADRE', 'GRID_MEMBER')) not null, "status" text check ("status" in ('DRAFT', 'OBJECTION', 'PUBLISHED')) not null default 'DRAFT', "computed_at" timestamptz not null, "computed_by" uuid not null, "objection_opened_at" timestamptz null, "objection_ends_at" timestamptz null, "published_at" timestamptz null, "published_by" uuid null, constraint "ranking_pkey" primary key ("id"), constraint "ranking_division_code_month_kind_unique" unique ("division_code", "month", "kind"));`,
    );
    // the publish job: rankings whose window has ended
    this.addSql(`create index "ranking_due_index" on "ranking" ("objection_ends_at") where "status" = 'OBJECTION';`);
    this.addSql(
      `create table "ranking_row" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "ranking_id" uuid not null, "cadre_id" uuid not null, "cadre_name" varchar(50) not null, "division_code" varchar(12) not null, "rank" int not null, "total" int not null, "entry_count" int not null, constraint "ranking_row_pkey" primary key ("id"), constraint "ranking_row_ranking_id_cadre_id_unique" unique ("ranking_id", "cadre_id"));`,
    );
    this.addSql(`create index "ranking_row_cadre_id_index" on "ranking_row" ("cadre_id");`);
    this.addSql(
      `create table "ranking_objection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "ranking_id" uuid not null, "cadre_id" uuid not null, "filed_by" uuid not null, "reason" varchar(500) not null, "status" text check ("status" in ('PENDING', 'UPHELD', 'REJECTED')) not null default 'PENDING', "decision_reason" varchar(200) null, "decided_by" uuid null, "decided_at" timestamptz null, constraint "ranking_objection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ranking_objection_ranking_id_index" on "ranking_objection" ("ranking_id");`);
    // one open objection per cadre and ranking: a second one waits for the first decision
    this.addSql(
      `create unique index "ranking_objection_one_pending" on "ranking_objection" ("ranking_id", "cadre_id") where "status" = 'PENDING';`,
    );

    // a published ranking is frozen in the database itself, whatever code runs
    this.addSql(`create or replace function ranking_published_frozen() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'PUBLISHED' then
          raise exception '排名已发布，不能更改（%）', old.id using errcode = 'P0001';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    this.addSql(
      `create trigger "ranking_published_frozen" before update or delete on "ranking" for each row execute function ranking_published_frozen();`,
    );
    this.addSql(`create or replace function ranking_part_frozen() returns trigger language plpgsql as $$
      declare ranking_ids uuid[];
      begin
        ranking_ids := case tg_op when 'INSERT' then array[new.ranking_id]
          when 'DELETE' then array[old.ranking_id] else array[old.ranking_id, new.ranking_id] end;
        if exists (select 1 from "ranking" where "id" = any(ranking_ids) and "status" = 'PUBLISHED') then
          raise exception '排名已发布，不能更改（%）', tg_table_name using errcode = 'P0001';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    for (const table of ['ranking_row', 'ranking_objection'])
      this.addSql(
        `create trigger "${table}_frozen" before insert or update or delete on "${table}" for each row execute function ranking_part_frozen();`,
      );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ranking_objection" cascade;`);
    this.addSql(`drop table if exists "ranking_row" cascade;`);
    this.addSql(`drop table if exists "ranking" cascade;`);
    this.addSql(`drop table if exists "ranking_setting" cascade;`);
    this.addSql(`drop function if exists ranking_part_frozen();`);
    this.addSql(`drop function if exists ranking_published_frozen();`);
  }
}
