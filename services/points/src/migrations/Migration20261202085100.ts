import { Migration } from '@mikro-orm/migrations';

const TERMS = (row: string) =>
  `jsonb_build_object('points', ${row}.points, 'monthlyCap', ${row}.monthly_cap, 'reason', ${row}.reason)`;

/**
 * The rule book's history and the event log, so a month can always be recomputed from its events:
 * - point_rule_change: every change of a rule (who, when, before/after), written by a trigger on point_rule,
 *   so the rule in force at any instant is known (the rows already there count from 2000 on);
 * - point_event: every event points took, with its payload, in the transaction of its inbox row;
 * - defaults for meetings' attendance: a villagers' forum earns 1 (at most 2 a month), other meetings nothing.
 */
export class Migration20261202085100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "point_rule_change" ("id" uuid not null default gen_random_uuid(), "division_code" varchar(12) not null, "event_type" varchar(100) not null, "before" jsonb null, "after" jsonb null, "changed_by" uuid null, "changed_by_name" varchar(50) null, "changed_at" timestamptz not null default clock_timestamp(), constraint "point_rule_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "point_rule_change_division_code_event_type_changed_at_index" on "point_rule_change" ("division_code", "event_type", "changed_at");`,
    );
    this.addSql(`insert into "point_rule_change" ("division_code", "event_type", "before", "after", "changed_at")
      select "division_code", "event_type", null, ${TERMS('r')}, '2000-01-01T00:00:00Z' from "point_rule" r;`);
    // who changed it: the service sets xiangzhi.actor_id / actor_name in the transaction (empty for a migration)
    this.addSql(`create function "point_rule_change_log"() returns trigger language plpgsql as $$
      declare
        b jsonb;
        a jsonb;
        d varchar;
        t varchar;
      begin
        if tg_op <> 'INSERT' then b := ${TERMS('old')}; d := old.division_code; t := old.event_type; end if;
        if tg_op <> 'DELETE' then a := ${TERMS('new')}; d := new.division_code; t := new.event_type; end if;
        if b is not distinct from a then return null; end if;
        insert into point_rule_change ("division_code", "event_type", "before", "after", "changed_by", "changed_by_name")
        values (d, t, b, a, nullif(current_setting('xiangzhi.actor_id', true), '')::uuid,
                nullif(current_setting('xiangzhi.actor_name', true), ''));
        return null;
      end $$;`);
    this.addSql(`create trigger "point_rule_change_log" after insert or update or delete on "point_rule"
      for each row execute function "point_rule_change_log"();`);
    // the history is kept as written
    this.addSql(`create function "point_history_keep"() returns trigger language plpgsql as $$
      begin raise exception '积分规则变更记录和事件记录只增不改' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "point_rule_change_keep" before update or delete on "point_rule_change"
      for each statement execute function "point_history_keep"();`);

    this.addSql(
      `create table "point_event" ("id" uuid not null, "type" varchar(100) not null, "producer" varchar(64) not null, "payload" jsonb not null, "occurred_on" date not null, "received_at" timestamptz not null default now(), constraint "point_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "point_event_occurred_on_index" on "point_event" ("occurred_on");`);
    this.addSql(`create index "point_event_received_at_index" on "point_event" ("received_at");`);
    this.addSql(`create trigger "point_event_keep" before update or delete on "point_event"
      for each statement execute function "point_history_keep"();`);

    this
      .addSql(`insert into "point_rule" ("id", "division_code", "event_type", "points", "monthly_cap", "reason") values
      ('01a2d3c4-8510-7000-8000-000000000001', '', 'ForumAttended', 1, 2, '参加村民说事会'),
      ('01a2d3c4-8510-7000-8000-000000000002', '', 'MeetingAttended', 0, null, '参加会议')
      on conflict ("division_code", "event_type") do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "point_rule_change_log" on "point_rule";`);
    this.addSql(
      `delete from "point_rule" where "division_code" = '' and "event_type" in ('ForumAttended', 'MeetingAttended');`,
    );
    this.addSql(`drop table if exists "point_event" cascade;`);
    this.addSql(`drop table if exists "point_rule_change" cascade;`);
    this.addSql(`drop function if exists "point_rule_change_log"();`);
    this.addSql(`drop function if exists "point_history_keep"();`);
  }
}
