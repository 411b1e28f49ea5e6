import { Migration } from '@mikro-orm/migrations';

export class Migration20261122012447 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "import_row" ("job_id" uuid not null, "row_no" int not null, "household_key" varchar(64) not null, "is_head" boolean not null, "errors" jsonb null, "name" varchar(50) null, "relation" varchar(20) null, "sex" varchar(8) null, "birth_date" date null, "name_initials" varchar(50) null, "id_card_cipher" text null, "id_card_index" varchar(64) null, "id_card_masked" varchar(18) null, "phone_cipher" text null, "phone_index" varchar(64) null, "phone_masked" varchar(16) null, "occupation" varchar(50) null, "group_id" uuid null, "grid_id" uuid null, "address" varchar(200) null, "income_band" varchar(20) null, "production" text null, "living" text null, "difficulties" text null, "tags" text null, constraint "import_row_pkey" primary key ("job_id", "row_no"));`,
    );
    this.addSql(`create index "import_row_job_id_household_key_index" on "import_row" ("job_id", "household_key");`);

    this.addSql(`alter table "import_job" drop column "staged";`);

    this.addSql(`alter table "import_job" add column "progress" double precision not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_row" cascade;`);

    this.addSql(`alter table "import_job" drop column "progress";`);

    this.addSql(`alter table "import_job" add column "staged" jsonb null;`);
  }
}
