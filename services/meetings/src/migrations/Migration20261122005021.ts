import { Migration } from '@mikro-orm/migrations';

export class Migration20261122005021 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('VILLAGERS_FORUM', 'WEEKLY_BRIEFING', 'TOWNSHIP_REVIEW', 'COMMITTEE', 'PARTY_ASSEMBLY', 'REPRESENTATIVES_ASSEMBLY', 'ANNUAL_REVIEW')) not null, "village_code" varchar(12) not null, "date" timestamptz not null, "title" varchar(100) not null, "chair_cadre_id" uuid null, "minutes" text null, constraint "meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_village_code_date_index" on "meeting" ("village_code", "date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting" cascade;`);
  }
}
