import { Migration } from '@mikro-orm/migrations';

/**
 * Minutes become their own document (draft → published, then addenda). The free text meetings kept in
 * `meeting.minutes` moves into a draft of each meeting's minutes, with an id made from the meeting's time
 * (UUIDv7 layout, written by hand so that any PostgreSQL runs it).
 */
export class Migration20261202084000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "minutes" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "meeting_id" uuid not null, "village_code" varchar(12) not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "body" text not null, "edited_by" varchar(64) null, "published_at" timestamptz null, "published_by" varchar(64) null, constraint "minutes_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "minutes" add constraint "minutes_meeting_id_unique" unique ("meeting_id");`);
    this.addSql(`create index "minutes_village_code_index" on "minutes" ("village_code");`);
    this.addSql(
      `create table "minutes_addendum" ("id" uuid not null, "minutes_id" uuid not null, "text" text not null, "author_account_id" uuid not null, "author" varchar(64) not null, "created_at" timestamptz not null default now(), constraint "minutes_addendum_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "minutes_addendum_minutes_id_created_at_index" on "minutes_addendum" ("minutes_id", "created_at");`,
    );
    this.addSql(
      `alter table "minutes_addendum" add constraint "minutes_addendum_minutes_id_foreign" foreign key ("minutes_id") references "minutes" ("id") on update cascade on delete cascade;`,
    );
    // 48-bit milliseconds, version 7, then bits of the meeting's id (variant 10xx)
    this.addSql(
      `insert into "minutes" ("id", "meeting_id", "village_code", "body", "created_at", "updated_at")
       select (lpad(to_hex((extract(epoch from m."created_at") * 1000)::bigint), 12, '0') || '7'
               || substr(md5(m."id"::text), 1, 3) || '8' || substr(md5(m."id"::text), 4, 15))::uuid,
              m."id", m."village_code", m."minutes", m."created_at", now()
       from "meeting" m where nullif(trim(m."minutes"), '') is not null;`,
    );
    this.addSql(`update "meeting" set "minutes" = null where "minutes" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "meeting" m set "minutes" = n."body" from "minutes" n where n."meeting_id" = m."id";`);
    this.addSql(`drop table if exists "minutes_addendum" cascade;`);
    this.addSql(`drop table if exists "minutes" cascade;`);
  }
}
