import { Migration } from '@mikro-orm/migrations';

/** 村务公开: the published months of each village (counts only). */
export class Migration20261202045642 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "transparency_month" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_code" varchar(12) not null, "month" varchar(7) not null, "cases_raised" int not null, "cases_closed" int not null, "cases_on_time" int not null, "cases_rated" int not null, "cases_satisfied" int not null, "orders_done" int not null, "published_at" timestamptz not null, "published_by_account_id" uuid not null, constraint "transparency_month_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "transparency_month" add constraint "transparency_month_village_code_month_unique" unique ("village_code", "month");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transparency_month" cascade;`);
  }
}
