import { Migration } from '@mikro-orm/migrations';

/** Photos uploaded from phones (attachment): unclaimed until a case or a patrol check-in claims them. */
export class Migration20261202042607 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "attachment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "file_name" varchar(100) not null, "content_type" varchar(32) not null, "size" int not null, "uploaded_by_account_id" uuid not null, "division_code" varchar(12) not null, "owner_type" varchar(32) null, "owner_id" uuid null, "claimed_at" timestamptz null, constraint "attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attachment_uploaded_by_account_id_index" on "attachment" ("uploaded_by_account_id");`);
    this.addSql(`create index "attachment_owner_type_owner_id_index" on "attachment" ("owner_type", "owner_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attachment" cascade;`);
  }
}
