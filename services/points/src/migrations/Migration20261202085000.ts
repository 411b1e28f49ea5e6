import { Migration } from '@mikro-orm/migrations';

/**
 * The ledger's month: each line is booked to a month (YYYY-MM, China time) and may correct an earlier line; a
 * month frozen for a division (its ranking published) takes no new line there, refused by the database itself.
 */
export class Migration20261202085000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "point_entry" add column "booked_month" varchar(7) null, add column "corrects_entry_id" uuid null;`,
    );
    // existing lines are booked to the month they happened in (the append-only trigger is lifted for this alone)
    this.addSql(`alter table "point_entry" disable trigger "point_entry_append_only";`);
    this.addSql(
      `update "point_entry" set "booked_month" = to_char(("occurred_at" at time zone 'UTC') + interval '8 hours', 'YYYY-MM');`,
    );
    this.addSql(`alter table "point_entry" enable trigger "point_entry_append_only";`);
    this.addSql(`alter table "point_entry" alter column "booked_month" set not null;`);
    this.addSql(
      `create index "point_entry_booked_month_division_code_index" on "point_entry" ("booked_month", "division_code");`,
    );
    this.addSql(`create index "point_entry_corrects_entry_id_index" on "point_entry" ("corrects_entry_id");`);

    this.addSql(
      `create table "point_month_freeze" ("division_code" varchar(12) not null, "month" varchar(7) not null, "frozen_at" timestamptz not null default now(), "frozen_by" uuid not null, constraint "point_month_freeze_pkey" primary key ("division_code", "month"));`,
    );
    // a published month stays published
    this.addSql(`create function "point_month_freeze_keep"() returns trigger language plpgsql as $$
      begin raise exception '已冻结的积分月份不能解冻或修改' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "point_month_freeze_keep" before update or delete on "point_month_freeze"
      for each statement execute function "point_month_freeze_keep"();`);

    // a line without a month is booked to the month it happened in; none goes into a month frozen for its
    // division or for a division above it
    this.addSql(`create function "point_entry_book"() returns trigger language plpgsql as $$
      begin
        if new.booked_month is null then
          new.booked_month := to_char((new.occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM');
        end if;
        if exists (select 1 from point_month_freeze f
                   where f.month = new.booked_month and starts_with(new.division_code, f.division_code)) then
          raise exception '% 的积分已发布冻结（区划 %），不能再记入该月', new.booked_month, new.division_code
            using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "point_entry_book" before insert on "point_entry"
      for each row execute function "point_entry_book"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "point_entry_book" on "point_entry";`);
    this.addSql(`drop function if exists "point_entry_book"();`);
    this.addSql(`drop table if exists "point_month_freeze" cascade;`);
    this.addSql(`drop function if exists "point_month_freeze_keep"();`);
    this.addSql(`alter table "point_entry" drop column "booked_month", drop column "corrects_entry_id";`);
  }
}
