import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011820 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "pairing_rejection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "cadre_id" uuid not null, "household_id" uuid not null, "rejected_by" varchar(64) not null, "reason" varchar(200) null, constraint "pairing_rejection_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "pairing_rejection_household_id_index" on "pairing_rejection" ("household_id");`);
    this.addSql(
      `alter table "pairing_rejection" add constraint "pairing_rejection_cadre_id_household_id_unique" unique ("cadre_id", "household_id");`,
    );

    this.addSql(
      `alter table "pairing_rejection" add constraint "pairing_rejection_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "pairing_rejection" add constraint "pairing_rejection_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pairing_rejection" cascade;`);
  }
}
