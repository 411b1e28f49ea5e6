import { Migration } from '@mikro-orm/migrations';

/**
 * Manual points (嘉奖 commendation, 问责 deduction, correction) need two people: a request, then an approval or
 * refusal by another account; only the approval writes the ledger line. The database refuses a decision by the
 * requester and a second decision.
 */
export class Migration20261202085200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "point_entry_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text check ("kind" in ('COMMENDATION', 'DEDUCTION', 'CORRECTION')) not null, "cadre_id" uuid not null, "division_code" varchar(12) not null, "points" int not null, "reason" varchar(200) not null, "month" varchar(7) not null, "corrects_entry_id" uuid null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', "requested_by" uuid not null, "requested_by_name" varchar(50) not null, "decided_by" uuid null, "decided_by_name" varchar(50) null, "decided_at" timestamptz null, "refusal_reason" varchar(200) null, "entry_id" uuid null, constraint "point_entry_request_pkey" primary key ("id"), constraint "point_entry_request_second_person" check ("decided_by" is null or "decided_by" <> "requested_by"));`,
    );
    this.addSql(
      `create index "point_entry_request_division_code_status_index" on "point_entry_request" ("division_code", "status");`,
    );
    this.addSql(`create index "point_entry_request_entry_id_index" on "point_entry_request" ("entry_id");`);
    // a decided request stays decided
    this.addSql(`create function "point_entry_request_decided_once"() returns trigger language plpgsql as $$
      begin
        if old.status <> 'PENDING' then
          raise exception '该积分申请已审核，不能再改' using errcode = 'P0001';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "point_entry_request_decided_once" before update on "point_entry_request"
      for each row execute function "point_entry_request_decided_once"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "point_entry_request" cascade;`);
    this.addSql(`drop function if exists "point_entry_request_decided_once"();`);
  }
}
