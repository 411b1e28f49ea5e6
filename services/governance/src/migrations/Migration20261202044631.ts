import { Migration } from '@mikro-orm/migrations';

/** 工作督办卡: tasks issued by the township office to a cadre, with the report back and the decision. */
export class Migration20261202044631 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "supervision_task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(60) not null, "content" varchar(1000) not null, "due_on" date not null, "status" text check ("status" in ('ISSUED', 'REPORTED', 'ACCEPTED', 'RETURNED')) not null default 'ISSUED', "cadre_id" uuid not null, "division_code" varchar(12) not null, "issuer_division_code" varchar(12) not null, "issued_by" varchar(64) not null, "issued_at" timestamptz not null, "report" varchar(1000) null, "reported_at" timestamptz null, "report_count" smallint not null default 0, "return_reason" varchar(500) null, "decided_at" timestamptz null, "decided_by" varchar(64) null, "case_id" uuid null, constraint "supervision_task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "supervision_task_cadre_id_index" on "supervision_task" ("cadre_id");`);
    this.addSql(
      `create index "supervision_task_division_code_due_on_index" on "supervision_task" ("division_code", "due_on");`,
    );
    this.addSql(
      `alter table "supervision_task" add constraint "supervision_task_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supervision_task" cascade;`);
  }
}
