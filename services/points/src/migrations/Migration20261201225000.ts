import { Migration } from '@mikro-orm/migrations';
import { INBOX_SCHEMA_V1 } from '@xiangzhi/events';

/**
 * Points from governance's events: the rule table with its defaults (data, overridable per
 * jurisdiction), the event a ledger line came from, and the events inbox (libs/events, version 1).
 */
export class Migration20261201225000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "point_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "event_type" varchar(100) not null, "points" int not null, "monthly_cap" int null, "reason" varchar(200) not null, constraint "point_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "point_rule" add constraint "point_rule_division_code_event_type_unique" unique ("division_code", "event_type");`,
    );
    // the defaults (division ''): a visit written up 2 points, at most 40 a month (20 visits); taking on
    // a household 5 points, at most 20 a month, so ending and re-pairing cannot farm points; ending a
    // pairing earns and costs nothing (households move away; a fault is a hand-made deduction)
    this
      .addSql(`insert into "point_rule" ("id", "division_code", "event_type", "points", "monthly_cap", "reason") values
      ('01a233c2-f313-7039-be2d-ae319a507e13', '', 'VisitRecorded', 2, 40, '入户走访（民情日记）'),
      ('01a233c2-f314-7418-9b36-f6613af83720', '', 'PairingStarted', 5, 20, '结对联系农户（联户）'),
      ('01a233c2-f314-7418-9b36-f9ba27d1070b', '', 'PairingEnded', 0, null, '解除结对');`);

    this.addSql(
      `alter table "point_entry" add column "event_id" uuid null, add column "event_type" varchar(100) null;`,
    );
    this.addSql(
      `alter table "point_entry" add constraint "point_entry_event_id_cadre_id_unique" unique ("event_id", "cadre_id");`,
    );

    for (const sql of INBOX_SCHEMA_V1) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_inbox" cascade;`);
    this.addSql(`alter table "point_entry" drop constraint "point_entry_event_id_cadre_id_unique";`);
    this.addSql(`alter table "point_entry" drop column "event_id", drop column "event_type";`);
    this.addSql(`drop table if exists "point_rule" cascade;`);
  }
}
